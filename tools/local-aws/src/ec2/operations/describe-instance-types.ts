import { Ec2Error } from '../protocol/ec2-error';
import { compileFilters } from '../state/filters';
import { INSTANCE_TYPES, instanceTypeInfo, type InstanceTypeInfo } from '../state/instance-types';
import type { Ec2Operation } from './context';
import { encodeToken, readPage } from './pagination';

function typeXml(t: InstanceTypeInfo): string {
  const threads = t.architecture === 'arm64' ? 1 : 2;
  return (
    `<item><instanceType>${t.instanceType}</instanceType><currentGeneration>${t.currentGeneration}</currentGeneration>` +
    `<freeTierEligible>${t.freeTierEligible}</freeTierEligible>` +
    `<supportedUsageClasses><item>on-demand</item><item>spot</item></supportedUsageClasses>` +
    `<supportedRootDeviceTypes><item>ebs</item></supportedRootDeviceTypes>` +
    `<supportedVirtualizationTypes><item>hvm</item></supportedVirtualizationTypes>` +
    `<bareMetal>false</bareMetal><hypervisor>nitro</hypervisor>` +
    `<processorInfo><supportedArchitectures><item>${t.architecture}</item></supportedArchitectures>` +
    `<manufacturer>${t.architecture === 'arm64' ? 'AWS' : 'Intel'}</manufacturer></processorInfo>` +
    `<vCpuInfo><defaultVCpus>${t.vCpus}</defaultVCpus><defaultCores>${Math.max(1, t.vCpus / threads)}</defaultCores>` +
    `<defaultThreadsPerCore>${threads}</defaultThreadsPerCore></vCpuInfo>` +
    `<memoryInfo><sizeInMiB>${t.memoryMiB}</sizeInMiB></memoryInfo><instanceStorageSupported>false</instanceStorageSupported>` +
    `<hibernationSupported>${t.architecture === 'x86_64'}</hibernationSupported>` +
    `<burstablePerformanceSupported>${t.burstable}</burstablePerformanceSupported>` +
    `<dedicatedHostsSupported>${!t.burstable}</dedicatedHostsSupported><autoRecoverySupported>true</autoRecoverySupported>` +
    `<supportedBootModes><item>${t.architecture === 'arm64' ? 'uefi' : 'legacy-bios'}</item></supportedBootModes></item>`
  );
}

/** DescribeInstanceTypes over the emulator's catalogue, with filters and pages of 5–100. */
export const describeInstanceTypes: Ec2Operation = ({ params }) => {
  const names = params.list('InstanceType');
  const unknown = names.filter((name) => !instanceTypeInfo(name));
  if (unknown.length > 0) {
    throw new Ec2Error(
      'InvalidInstanceType',
      `The following supplied instance types do not exist: [${unknown.join(', ')}]`,
    );
  }
  const page = readPage(params, 5, 100);
  const matches = compileFilters<InstanceTypeInfo>(params.filters(), {
    'instance-type': (t) => t.instanceType,
    'burstable-performance-supported': (t) => String(t.burstable),
    'current-generation': (t) => String(t.currentGeneration),
    'processor-info.supported-architecture': (t) => t.architecture,
    'vcpu-info.default-vcpus': (t) => String(t.vCpus),
    'memory-info.size-in-mib': (t) => String(t.memoryMiB),
    'free-tier-eligible': (t) => String(t.freeTierEligible),
  });
  const all = INSTANCE_TYPES.filter(
    (t) => (names.length === 0 || names.includes(t.instanceType)) && matches(t),
  );
  const limit = page.maxResults ?? 100;
  const slice = all.slice(page.startAfter, page.startAfter + limit);
  const next =
    page.startAfter + limit < all.length ? encodeToken(page.startAfter + limit) : undefined;
  return (
    (slice.length
      ? `<instanceTypeSet>${slice.map(typeXml).join('')}</instanceTypeSet>`
      : '<instanceTypeSet/>') + (next ? `<nextToken>${next}</nextToken>` : '')
  );
};
