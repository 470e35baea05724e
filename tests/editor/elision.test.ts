/**
 * « de » before a name elides before a vowel or a mute h, as French writes it: the marks grid
 * says « Note d’Élan Formation Conseil », never « Note de Élan ».
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { deName } from '../../src/i18n/sections/helpers';

describe('« de » before a name', () => {
  it.each([
    ['Élan Formation Conseil', 'd’Élan Formation Conseil'],
    ['Association Avenir', 'd’Association Avenir'],
    ['Insertion 21', 'd’Insertion 21'],
    ['Oser', 'd’Oser'],
    ['Œuvre commune', 'd’Œuvre commune'],
    ['Horizon Emploi', 'd’Horizon Emploi'],
    ['Habitat et Humanisme', 'd’Habitat et Humanisme'],
    ['Yvelines Emploi', 'd’Yvelines Emploi'],
    ['Yoga Plus', 'de Yoga Plus'],
    ['Hauts-de-France Insertion', 'de Hauts-de-France Insertion'],
    ['Handicap Travail', 'de Handicap Travail'],
    ['Tremplin Côte-d’Or', 'de Tremplin Côte-d’Or'],
    ['Sophie Marchal Coaching', 'de Sophie Marchal Coaching'],
    ['3F Insertion', 'de 3F Insertion'],
    ['« Élan »', 'de « Élan »'],
  ])('%s → %s', (name, expected) => {
    expect(deName(name)).toBe(expected);
  });
});

describe('the marks grid’s labels', () => {
  it.each([
    [fr.editor.marks.mark('Élan Formation Conseil', 'Valeur technique', '0', '10'), 'Note d’Élan Formation Conseil, Valeur technique (de 0 à 10)'],
    [fr.editor.marks.justification('Élan Formation Conseil', 'Valeur technique'), 'Justification de la note d’Élan Formation Conseil, Valeur technique'],
    [fr.editor.marks.decisionOf('Élan Formation Conseil'), 'Décision sur l’offre d’Élan Formation Conseil'],
    [fr.editor.marks.decisionOf('Tremplin Côte-d’Or'), 'Décision sur l’offre de Tremplin Côte-d’Or'],
    [fr.evaluation.whatIf.markLabel('Élan Formation Conseil', 'Méthode'), 'Note d’Élan Formation Conseil pour Méthode'],
  ])('%s', (label, expected) => {
    expect(label).toBe(expected);
  });
});
