import { describe, expect, it } from 'vitest';
import { nameForms, personPart, pseudonymiser } from '../../../electron/backend/interchange/pseudonyms';

describe('pseudonyms for anonymised evaluators', () => {
  const names = pseudonymiser([
    { name: 'Samuel Okafor (Legal and compliance)', pseudonym: 'Evaluator 1' },
    { name: 'Tomás Ortega', pseudonym: 'Evaluator 2' },
    { name: 'Evaluator 1', pseudonym: 'Evaluator 3' },
  ], ['Daniel Okafor', 'Sarah Ortega']);

  it('finds the person in a recorded name and the usual ways of writing it', () => {
    expect(personPart('Samuel Okafor (Legal and compliance)')).toBe('Samuel Okafor');
    expect(personPart('Lena Park - IT architecture')).toBe('Lena Park');
    expect(nameForms('Okafor, Samuel').exact).toContain('Samuel Okafor');
    expect(nameForms('Samuel Okafor').variants).toEqual(expect.arrayContaining(['Okafor, Samuel', 'S. Okafor', 'Samuel O.']));
    expect(nameForms('Samuel').variants).toEqual([]);
  });

  it('replaces every form, whatever the case, accents and spacing, in one pass', () => {
    expect(names.replace('Samuel Okafor (Legal) dissents')).toBe('Evaluator 1 (Legal) dissents');
    expect(names.replace('SAMUEL   OKAFOR, Okafor, Samuel, S. Okafor and S Okafor')).toBe('Evaluator 1, Evaluator 1, Evaluator 1 and Evaluator 1');
    expect(names.replace('Tomas Ortega, tomás ortega and Toma\u0301s Ortega')).toBe('Evaluator 2, Evaluator 2 and Evaluator 2');
    expect(names.replace('Samuel Okafor (Legal and compliance) scored')).toBe('Evaluator 1 scored');
    // An evaluator already called "Evaluator 1" becomes "Evaluator 3", and the new "Evaluator 1" is not renamed again.
    expect(names.replace('Evaluator 1 and Samuel Okafor')).toBe('Evaluator 3 and Evaluator 1');
  });

  it('leaves other people, surnames alone, parts of words and ambiguous initials', () => {
    expect(names.replace('Daniel Okafor chairs; Okafor agrees')).toBe('Daniel Okafor chairs; Okafor agrees');
    expect(names.replace('Samuel Okaforth and Samuel Okafors')).toBe('Samuel Okaforth and Samuel Okafors');
    // "S. Ortega" could be Sarah Ortega as well as nobody else: the initial form of Tomás is "T. Ortega".
    expect(names.replace('S. Ortega and T. Ortega')).toBe('S. Ortega and Evaluator 2');
    expect(names.replace('')).toBe('');
  });
});
