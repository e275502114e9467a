/**
 * vCPUs and maximum CPU credit balance (24 h of earned credits) of burstable sizes, from the EC2
 * burstable-performance tables; t3a and t4g earn as t3 does. Unknown sizes get a mid-size default.
 */
interface CreditSpec {
  readonly vcpus: number;
  readonly maxBalance: number;
}

const t2: Readonly<Record<string, CreditSpec>> = {
  nano: { vcpus: 1, maxBalance: 72 },
  micro: { vcpus: 1, maxBalance: 144 },
  small: { vcpus: 1, maxBalance: 288 },
  medium: { vcpus: 2, maxBalance: 576 },
  large: { vcpus: 2, maxBalance: 864 },
  xlarge: { vcpus: 4, maxBalance: 1296 },
  '2xlarge': { vcpus: 8, maxBalance: 1958.4 },
};

const t3: Readonly<Record<string, CreditSpec>> = {
  nano: { vcpus: 2, maxBalance: 144 },
  micro: { vcpus: 2, maxBalance: 288 },
  small: { vcpus: 2, maxBalance: 576 },
  medium: { vcpus: 2, maxBalance: 576 },
  large: { vcpus: 2, maxBalance: 864 },
  xlarge: { vcpus: 4, maxBalance: 2304 },
  '2xlarge': { vcpus: 8, maxBalance: 4608 },
};

/** The credit spec of an instance type such as `t3.micro`. */
export function creditSpecOf(instanceType: string): CreditSpec {
  const [family = '', size = ''] = instanceType.split('.');
  const table = family === 't2' ? t2 : t3;
  return table[size] ?? { vcpus: 2, maxBalance: 576 };
}
