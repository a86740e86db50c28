import { describe, expect, it } from 'vitest';
import { capText, classifyHeading, cleanLines, stripBullet } from '../../../lib/posting/text-lines';

describe('stripBullet', () => {
  it.each([
    ['- Java', 'Java'],
    ['• Java', 'Java'],
    ['·Java', 'Java'],
    ['* Java', 'Java'],
    ['– Java', 'Java'],
    ['・ 開発', '開発'],
    ['-5% latency', '-5% latency'],
    ['3+ years', '3+ years'],
  ])('%j -> %j', (line, clean) => {
    expect(stripBullet(line)).toBe(clean);
  });
});

describe('classifyHeading', () => {
  it.each([
    ['DESCRIPTION', 'description'],
    ['Basic Qualifications:', 'basicQualifications'],
    ['CALIFICACIONES BÁSICAS', 'basicQualifications'],
    ['QUALIFICATIONS PRÉFÉRÉES', 'preferredQualifications'],
    ['BEVORZUGTE QUALIFIKATIONEN', 'preferredQualifications'],
    ['必須条件', 'basicQualifications'],
    ['优先资格', 'preferredQualifications'],
    ['AÇIKLAMA', 'description'],
    ['Key job responsibilities', null],
    ['We value basic qualifications and more', null],
  ])('%j -> %j', (text, field) => {
    expect(classifyHeading(text)).toBe(field);
  });
});

describe('capText and cleanLines', () => {
  it('caps each line and the number of lines, dropping empty ones', () => {
    expect(capText('abcdef', 4)).toBe('abc…');
    expect(cleanLines(['- a', '  ', '• bbbbbb', '- c'], 4, 2)).toEqual(['a', 'bbb…']);
  });
});
