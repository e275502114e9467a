import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTagsCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { describeAll } from './support/fleet-queries';
import { ec2Client, ManualClock, startLocalAws } from './support/harness';
import { launch } from './support/launch';

describe('the state file', () => {
  const directory = mkdtempSync(join(tmpdir(), 'local-aws-'));
  const stateFile = join(directory, 'state.json');
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps launched, stopped and tagged instances across a restart', async () => {
    const clock = new ManualClock();
    const first = await startLocalAws({
      stateFile,
      now: clock.now,
      durations: { pendingMs: 1, stoppingMs: 1 },
    });
    const ec2 = ec2Client(first);
    const [id] = await launch(ec2);
    clock.advance(1);
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id as string] }));
    await ec2.send(
      new CreateTagsCommand({ Resources: [id as string], Tags: [{ Key: 'Kept', Value: 'yes' }] }),
    );
    clock.advance(1);
    ec2.destroy();
    await first.close();

    const second = await startLocalAws({ stateFile, instances: 5, now: clock.now });
    const again = ec2Client(second);
    const [instance] = await describeAll(again, [{ Name: 'instance-id', Values: [id as string] }]);
    again.destroy();
    await second.close();
    expect([instance?.State?.Name, instance?.Tags]).toEqual([
      'stopped',
      [{ Key: 'Kept', Value: 'yes' }],
    ]);
  });
});
