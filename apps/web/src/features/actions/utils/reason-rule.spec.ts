import { reasonProblem, reasonRequirement, terminateConfirmation } from './reason-rule';

const prod = { id: 'i-prod', name: 'pay-1', tags: { Environment: 'production' } };
const dev = { id: 'i-dev', name: null, tags: { Environment: 'dev' } };

describe('reasonRequirement', () => {
  it('asks a reason for every terminate', () => {
    expect(reasonRequirement('terminate', [dev])).toMatch(/terminate/);
  });

  it('asks a reason for any action touching a production instance', () => {
    expect(reasonRequirement('reboot', [dev, prod])).toContain('i-prod');
  });

  it('leaves the reason optional outside production', () => {
    expect(reasonRequirement('stop', [dev])).toBeNull();
  });
});

describe('reasonProblem', () => {
  it('refuses a blank reason when one is required', () => {
    expect(reasonProblem('   ', true)).toBe('Give a reason.');
  });

  it('accepts a blank reason when none is required', () => {
    expect(reasonProblem('', false)).toBeNull();
  });

  it('refuses a reason longer than the API takes', () => {
    expect(reasonProblem('x'.repeat(501), false)).toMatch(/500/);
  });
});

describe('terminateConfirmation', () => {
  it("asks for the instance's name", () => {
    expect(terminateConfirmation([prod])).toBe('pay-1');
  });

  it('asks for the id of an unnamed instance', () => {
    expect(terminateConfirmation([dev])).toBe('i-dev');
  });

  it('asks for the count when terminating several', () => {
    expect(terminateConfirmation([prod, dev])).toBe('terminate 2 instances');
  });
});
