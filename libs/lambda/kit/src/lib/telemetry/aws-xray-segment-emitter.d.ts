// aws-xray-sdk-core's segment emitter, as the module it is (`module.exports = SegmentEmitter`): its
// own typings declare a few functions only, not the flag xray-emitter-socket.ts sets. Pinned
// version (package.json); xray-emitter-socket.spec.ts fails if the flag stops doing what it does.
declare module 'aws-xray-sdk-core/dist/lib/segment_emitter.js' {
  const segmentEmitter: {
    /** True inside Lambda once the SDK has loaded: a new UDP socket for each batch of sends. */
    useBatchingTemporarySocket: boolean;
  };
  export default segmentEmitter;
}
