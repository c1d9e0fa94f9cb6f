import { describe, expect, it } from 'vitest';
import { commonPasswords, passwordProblems } from '../src/domain/password-policy.js';

describe('password policy', () => {
  const person = { email: 'jordan.alvarez@clinic.example', names: ['Jordan', 'Alvarez', 'Jordan Alvarez'] };

  it('accepts a long passphrase with no composition rules', () => {
    expect(passwordProblems('correct horse battery staple', person)).toEqual([]);
    expect(passwordProblems('all lowercase words are fine here', person)).toEqual([]);
  });

  it('needs at least 12 characters, counted as people see them', () => {
    expect(passwordProblems('short pass1', person)).toEqual([
      'Use at least 12 characters (a few unrelated words work well).',
    ]);
    expect(passwordProblems('twelve chars', person)).toEqual([]);
    // 12 emoji are 24 UTF-16 units but 12 characters: accepted; 11 are not.
    expect(passwordProblems('🌲'.repeat(12), person)).toEqual([]);
    expect(passwordProblems('🌲'.repeat(11), person)).toHaveLength(1);
  });

  it('accepts up to 256 characters whole and refuses longer', () => {
    expect(passwordProblems('a quiet river '.repeat(18).slice(0, 256), person)).toEqual([]);
    expect(passwordProblems('x'.repeat(257), person)).toContain('Use at most 256 characters.');
  });

  it('refuses common passwords, whatever the case', () => {
    // 10,000 entries; a few differ only in case.
    expect(commonPasswords().size).toBeGreaterThan(9_900);
    const common =
      'This password is on a list of commonly used passwords. Choose one that is harder to guess.';
    expect(passwordProblems('qwerty123456', person)).toEqual([common]);
    expect(passwordProblems('1Q2W3E4R5T6Y', person)).toEqual([common]);
    expect(passwordProblems('password', person)).toEqual([
      'Use at least 12 characters (a few unrelated words work well).',
      common,
    ]);
    // Not on the list: a long, uncommon passphrase.
    expect(passwordProblems('qwerty123456 and a river', person)).toEqual([]);
  });

  it('refuses passwords containing the email local part or the name, and returns every reason', () => {
    expect(passwordProblems('my jordan.alvarez secret', person)).toEqual([
      'Do not use your email address in your password.',
      'Do not use your name in your password.',
    ]);
    expect(passwordProblems('ALVAREZ rides a bicycle', person)).toEqual([
      'Do not use your name in your password.',
    ]);
    // Too short, common (it is on the list) and the person's name: all three reasons at once.
    expect(passwordProblems('jordan', person)).toEqual([
      'Use at least 12 characters (a few unrelated words work well).',
      'This password is on a list of commonly used passwords. Choose one that is harder to guess.',
      'Do not use your name in your password.',
    ]);
  });
});
