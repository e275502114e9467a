/**
 * The IAM role an instance runs as, read from its instance profile's ARN: the console creates a
 * profile of the role's name, and DescribeInstances carries only the profile.
 *
 * @example
 * roleNameOf('arn:aws:iam::123456789012:instance-profile/web-role'); // 'web-role'
 * roleNameOf(null); // null
 */
export function roleNameOf(profileArn: string | null): string | null {
  if (!profileArn) return null;
  const [, path = ''] = profileArn.split(':instance-profile/');
  return path.split('/').pop() || null;
}
