import { hidesTerminated, withTerminated } from './hide-terminated';

describe('hide terminated', () => {
  it('hides terminated instances from every state, keeping a chosen state filter otherwise', () => {
    expect(withTerminated([], false)).toEqual([
      'pending',
      'running',
      'stopping',
      'stopped',
      'shutting-down',
    ]);
    expect(withTerminated(['running', 'terminated'], false)).toEqual(['running']);
  });

  it('clears the filter when showing them again undoes all it did', () => {
    expect(withTerminated(withTerminated([], false), true)).toEqual([]);
    expect(withTerminated(['running'], true)).toEqual(['running', 'terminated']);
  });

  it('says the filter hides them only when it lets other states through', () => {
    expect(hidesTerminated([])).toBe(false);
    expect(hidesTerminated(['running'])).toBe(true);
    expect(hidesTerminated(['terminated'])).toBe(false);
  });
});
