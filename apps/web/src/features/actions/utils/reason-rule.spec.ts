import { reasonProblem, terminateConfirmation } from './reason-rule';

const prod = { id: 'i-prod', name: 'pay-1' };
const dev = { id: 'i-dev', name: null };

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
