import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import {
  isHeading,
  isLinkLine,
  isSentence,
  isTagline,
  lineKindOf,
  titleLine,
} from '../../../lib/resume/line-kind';

beforeAll(() => loadNlp());

describe('isLinkLine', () => {
  it('tells a link line from a bullet that names a library', () => {
    expect(isLinkLine('Written in Go * github.com/ada/tides')).toBe(true);
    expect(isLinkLine('Try it out at tidewatch.app')).toBe(true);
    expect(isLinkLine('Received an ASP.NET certification')).toBe(false);
    expect(isLinkLine('Chat app with socket.io')).toBe(false);
    expect(
      isLinkLine('Built tidewatch.app, a tide-table app used by 4,000 sailors each week'),
    ).toBe(false);
  });
});

describe('isTagline', () => {
  it('tells a tagline from a project title', () => {
    expect(isTagline('No sign-up, no ads — runs on your phone')).toBe(true);
    expect(isTagline('Fast, private, free - all on your device')).toBe(true);
    expect(isTagline('Tidewatch - iOS app for tide tables')).toBe(false);
  });
});

describe('isHeading', () => {
  it('reads a project title or a label with a colon as a heading', () => {
    expect(isHeading('Tidewatch - iOS app for tide tables')).toBe(true);
    expect(isHeading('Chess engine: Rust, WebAssembly')).toBe(true);
    expect(isHeading('Treasurer, Rowing Club, 2021: Ran the yearly budget')).toBe(true);
  });

  it('does not read a bullet that opens with a verb as a heading', () => {
    expect(isHeading('Built Tidewatch - an iOS app for tide tables')).toBe(false);
    expect(isHeading('Migrated the billing service to Go')).toBe(false);
  });
});

describe('titleLine', () => {
  it.each([
    ['Head TA for CS24', 'Head TA', false],
    ['Incoming intern at Nuro', 'Incoming intern', false],
    ['Third Prize, Regional Debate Cup', 'Third Prize', true],
    ['Top 5% in the state, Maths Olympiad', 'Top 5% in the state', true],
  ])('"%s" is the title "%s" (award: %s)', (line, title, award) => {
    expect(titleLine(line)).toEqual({ title, award });
  });

  it('reads a bullet that opens with a verb as no title', () => {
    expect(titleLine('Mentored three new engineers')).toBeUndefined();
    expect(titleLine('Won the regional debate prize')).toBeUndefined();
  });
});

describe('isSentence', () => {
  it('reads words with their own subject as a sentence', () => {
    expect(isSentence('The main aim of the project was to cut costs')).toBe(true);
    expect(isSentence('Users can book a slot in two taps')).toBe(true);
  });

  it('reads what the user did as no sentence', () => {
    expect(isSentence('salary structures for 12 countries')).toBe(false);
    expect(isSentence('models trained on public data')).toBe(false);
  });
});

describe('lineKindOf', () => {
  it('says what a line is when it is not a bullet', () => {
    expect(lineKindOf('See the demo at tidewatch.app')).toEqual({ kind: 'note', note: 'link' });
    expect(lineKindOf('No sign-up, no ads — runs on your phone')).toEqual({
      kind: 'note',
      note: 'tagline',
    });
    expect(lineKindOf('Tidewatch - iOS app for tide tables')?.kind).toBe('heading');
    expect(lineKindOf('Head TA for CS24')).toEqual({
      kind: 'title',
      title: 'Head TA',
      award: false,
    });
  });

  it('says nothing for a bullet', () => {
    expect(lineKindOf('Cut page load time by 40% by caching search results')).toBeUndefined();
  });
});
