import { anInstance } from '@fleet/testing';
import { matchesFreeText } from './free-text';

describe('matchesFreeText', () => {
  const instance = anInstance({
    id: 'i-0123456789abcdef0',
    name: 'payments-api-prod-03',
    privateIp: '10.1.2.3',
    tags: { Owner: 'ana@example.com' },
  });

  it('matches every word case-insensitively, anywhere in the searchable fields', () => {
    expect(matchesFreeText(instance, 'PAYMENTS prod')).toBe(true);
    expect(matchesFreeText(instance, 'ana@example 10.1.2')).toBe(true);
  });

  it('requires all words: one miss is no match', () => {
    expect(matchesFreeText(instance, 'payments staging')).toBe(false);
  });

  it('matches everything when the text is empty or blank', () => {
    expect(matchesFreeText(instance, undefined)).toBe(true);
    expect(matchesFreeText(instance, '   ')).toBe(true);
  });

  it('does not search tag keys, only their values', () => {
    expect(matchesFreeText(instance, 'owner')).toBe(false);
  });
});
