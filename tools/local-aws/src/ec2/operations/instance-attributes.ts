import { Ec2Error, ec2Errors } from '../protocol/ec2-error';
import { escapeXml } from '../protocol/xml';
import { instanceTypeInfo } from '../state/instance-types';
import type { InstanceRecord } from '../state/instance-record';
import { stateAt } from '../state/lifecycle';
import type { Ec2Context, Ec2Operation } from './context';
import { requiredInstanceId } from './instance-ids';

/** Attributes the emulator can report, with how each reads its value. */
const READABLE: Readonly<Record<string, (r: InstanceRecord) => string>> = {
  disableApiTermination: (r) => `<value>${r.disableApiTermination}</value>`,
  disableApiStop: (r) => `<value>${r.disableApiStop}</value>`,
  instanceType: (r) => `<value>${escapeXml(r.instanceType)}</value>`,
  instanceInitiatedShutdownBehavior: () => '<value>stop</value>',
  rootDeviceName: () => '<value>/dev/xvda</value>',
  ebsOptimized: (r) => `<value>${!r.instanceType.startsWith('t')}</value>`,
  enaSupport: () => '<value>true</value>',
  sourceDestCheck: () => '<value>true</value>',
};

/** DescribeInstanceAttribute for one attribute of one instance. */
export const describeInstanceAttribute: Ec2Operation = (context) => {
  const attribute = context.params.get('Attribute');
  if (!attribute) throw ec2Errors.missingParameter('Attribute');
  const read = READABLE[attribute];
  if (!read) {
    throw ec2Errors.invalidParameterValue(
      `Value (${attribute}) for parameter attribute is invalid. Unknown attribute.`,
    );
  }
  const record = requiredInstanceId(context);
  return `<instanceId>${record.instanceId}</instanceId><${attribute}>${read(record)}</${attribute}>`;
};

function parseBoolean(name: string, value: string): boolean {
  const lower = value.toLowerCase();
  if (lower !== 'true' && lower !== 'false') {
    throw ec2Errors.invalidParameterValue(
      `Value (${value}) for parameter ${name} is invalid. Expected: 'true' or 'false'.`,
    );
  }
  return lower === 'true';
}

/**
 * The one change a ModifyInstanceAttribute call asks for: either the structured form
 * (`DisableApiStop.Value=true`) the SDK sends or the legacy `Attribute`/`Value` pair.
 */
function requestedChange(context: Ec2Context): { attribute: string; value: string } {
  const { params } = context;
  for (const attribute of ['DisableApiTermination', 'DisableApiStop', 'InstanceType']) {
    const value = params.get(`${attribute}.Value`);
    if (value !== undefined)
      return { attribute: attribute[0]?.toLowerCase() + attribute.slice(1), value };
  }
  const attribute = params.get('Attribute');
  const value = params.get('Value');
  if (attribute && value !== undefined) return { attribute, value };
  throw new Ec2Error('InvalidParameterCombination', 'No attributes specified.');
}

/** ModifyInstanceAttribute for the protection flags and (on stopped instances) the type. */
export const modifyInstanceAttribute: Ec2Operation = (context) => {
  const record = requiredInstanceId(context);
  const { attribute, value } = requestedChange(context);
  switch (attribute) {
    case 'disableApiTermination':
      record.disableApiTermination = parseBoolean(attribute, value);
      break;
    case 'disableApiStop':
      record.disableApiStop = parseBoolean(attribute, value);
      break;
    case 'instanceType': {
      const info = instanceTypeInfo(value);
      if (!info)
        throw ec2Errors.invalidParameterValue(`Invalid value '${value}' for InstanceType.`);
      // EC2 keeps an instance on its processor architecture (the console shows this very wording).
      if (info.architecture !== record.architecture) {
        throw new Ec2Error(
          'InvalidInstanceAttributeValue',
          `'${value}' is not a valid instance type for instance '${record.instanceId}' of architecture '${record.architecture}'.`,
        );
      }
      if (stateAt(record, context.now) !== 'stopped') {
        throw new Ec2Error(
          'IncorrectInstanceState',
          `The instance '${record.instanceId}' is not in the 'stopped' state.`,
        );
      }
      record.instanceType = value;
      break;
    }
    default:
      throw ec2Errors.invalidParameterValue(
        `Value (${attribute}) for parameter attribute is invalid. Unknown attribute.`,
      );
  }
  record.version++;
  return '<return>true</return>';
};
