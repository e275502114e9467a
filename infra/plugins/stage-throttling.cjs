// Serverless plugin: the API's stage as an AWS::ApiGateway::Stage resource, throttled from stage
// params (custom.throttling), stricter on every method that changes something (actions).
//
// Why a plugin: serverless v3 creates the stage through the Deployment's StageName, so the
// template has no Stage to hold MethodSettings; a Deployment's StageDescription is refused once
// the stage exists ("StageDescription cannot be specified when stage referenced by StageName
// already exists"), i.e. on every deploy after the first; a usage plan throttles API-key callers
// only. So the Deployment is packaged without a stage and a Stage resource points at it: each
// deploy moves the Stage to the new Deployment and keeps its settings.
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `instances/{region}/{id}/stop` → `/~1instances~1{region}~1{id}~1stop` (MethodSettings' form). */
function escapedResourcePath(path) {
  return `/${`/${path.replace(/^\//, '')}`.replace(/\//g, '~1')}`;
}

class StageThrottling {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = { 'after:package:compileEvents': () => this.addThrottledStage() };
  }

  actionMethods() {
    // A read sent as POST only because its input is long (custom.throttling.postReads) is no action.
    const postReads = new Set(this.serverless.service.custom.throttling.postReads ?? []);
    return Object.values(this.serverless.service.functions)
      .flatMap((fn) => fn.events ?? [])
      .filter((event) => event.http && !READ_METHODS.has(String(event.http.method).toUpperCase()))
      .filter((event) => !postReads.has(event.http.path))
      .map((event) => ({ path: event.http.path, method: String(event.http.method).toUpperCase() }));
  }

  addThrottledStage() {
    const template = this.serverless.service.provider.compiledCloudFormationTemplate;
    const deploymentId = Object.keys(template.Resources).find(
      (id) => template.Resources[id].Type === 'AWS::ApiGateway::Deployment',
    );
    if (!deploymentId) return;
    const { rateLimit, burstLimit, actions } = this.serverless.service.custom.throttling;
    const deployment = template.Resources[deploymentId];
    const stageName = deployment.Properties.StageName;
    delete deployment.Properties.StageName;
    template.Resources.ApiGatewayStage = {
      Type: 'AWS::ApiGateway::Stage',
      Properties: {
        RestApiId: deployment.Properties.RestApiId,
        DeploymentId: { Ref: deploymentId },
        StageName: stageName,
        TracingEnabled: Boolean(this.serverless.service.provider.tracing?.apiGateway),
        MethodSettings: [
          {
            ResourcePath: '/*',
            HttpMethod: '*',
            ThrottlingRateLimit: Number(rateLimit),
            ThrottlingBurstLimit: Number(burstLimit),
          },
          ...this.actionMethods().map(({ path, method }) => ({
            ResourcePath: escapedResourcePath(path),
            HttpMethod: method,
            ThrottlingRateLimit: Number(actions.rateLimit),
            ThrottlingBurstLimit: Number(actions.burstLimit),
          })),
        ],
      },
    };
  }
}

module.exports = StageThrottling;
module.exports.escapedResourcePath = escapedResourcePath;
