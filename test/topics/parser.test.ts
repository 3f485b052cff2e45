import { describe, expect, it } from 'vitest';
import { printQuery } from '../../pipelines/topics/ast.ts';
import { expandTopicQuery } from '../../pipelines/topics/expand.ts';
import { evaluate, matchText } from '../../pipelines/topics/matcher.ts';
import { parseQuery } from '../../pipelines/topics/parser.ts';

const canonical = (query: string) => printQuery(parseQuery(query));
const matches = (query: string, body: string, extra: { hashtags?: string[]; handles?: string[] } = {}) =>
  evaluate(parseQuery(query), matchText({ body, ...extra }));

/** The error message of a query that should not parse. */
function failure(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${query} parsed`);
}

describe('the query parser', () => {
  it('reads each operator', () => {
    expect(canonical('pakkit AND late')).toBe('pakkit AND late');
    expect(canonical('pakkit OR rushbee')).toBe('pakkit OR rushbee');
    expect(canonical('pakkit NOT rushbee')).toBe('pakkit AND NOT rushbee');
    expect(canonical('pakkit AND NOT rushbee')).toBe('pakkit AND NOT rushbee');
    expect(canonical('pakkit NEAR/3 late')).toBe('pakkit NEAR/3 late');
    expect(canonical('pakkit NEAR/3f late')).toBe('pakkit NEAR/3f late');
  });

  it('binds NOT tighter than NEAR, NEAR than AND, AND than OR; parentheses override', () => {
    expect(canonical('a OR b AND c')).toBe('a OR (b AND c)');
    expect(canonical('(a OR b) AND c')).toBe('(a OR b) AND c');
    expect(canonical('a AND b NEAR/2 c')).toBe('a AND b NEAR/2 c');
    expect(canonical('a OR b NOT c')).toBe('a OR (b AND NOT c)');
    expect(matches('a OR b AND c', 'a only')).toBe(true);
    expect(matches('(a OR b) AND c', 'a only')).toBe(false);
  });

  it('treats lower-case and, or, not as words', () => {
    expect(() => parseQuery('pakkit and rushbee')).toThrow(/expected AND, OR, NOT, NEAR\/n or \)/);
    expect(matches('"pakkit and rushbee"', 'Pakkit and Rushbee battle')).toBe(true);
  });

  it('matches "exact phrases" as consecutive words, across punctuation', () => {
    expect(matches('"pakkit app"', 'the Pakkit app crashed')).toBe(true);
    expect(matches('"pakkit app"', 'the Pakkit, app crashed')).toBe(true);
    expect(matches('"pakkit app"', 'the app of Pakkit')).toBe(false);
    expect(canonical('“charged twice”')).toBe('"charged twice"');
  });

  it('measures NEAR/n in words between the terms, either order unless NEAR/nf', () => {
    expect(matches('pakkit NEAR/2 late', 'Pakkit is very late')).toBe(true);
    expect(matches('pakkit NEAR/1 late', 'Pakkit is very late')).toBe(false);
    expect(matches('pakkit NEAR/0 late', 'Pakkit late again')).toBe(true);
    expect(matches('pakkit NEAR/2 late', 'late again, Pakkit')).toBe(true);
    expect(matches('pakkit NEAR/2f late', 'late again, Pakkit')).toBe(false);
    expect(matches('(pakkit OR pakit) NEAR/3 "never came"', 'the refund from Pakit never came')).toBe(true);
  });

  it('expands trailing wildcards and refuses them elsewhere', () => {
    expect(matches('deliver*', 'Delivery was slow')).toBe(true);
    expect(matches('deliver*', 'they delivered')).toBe(true);
    expect(matches('deliver*', 'undelivered')).toBe(false);
    expect(failure('del*ry')).toContain('a wildcard * goes only at the end of a word, as in deliver* (at character 4)');
    expect(failure('de*')).toContain('a wildcard needs at least 3 letters before the *');
  });

  it('matches without regard to case or accents, on whole words', () => {
    expect(matches('çöküyor', 'uygulama ÇÖKÜYOR yine')).toBe(true);
    expect(matches('cokuyor', 'uygulama çöküyor yine')).toBe(true);
    expect(matches('Rückerstattung', 'keine ruckerstattung')).toBe(true);
    expect(matches('late', 'chocolate')).toBe(false);
    expect(matches('pakkit', 'وPakkit كتب')).toBe(true);
  });

  it('matches #hashtags and @handles in the text and in the export lists', () => {
    expect(matches('#pakkit', 'never again #Pakkit')).toBe(true);
    expect(matches('#pakkit', 'never again pakkit')).toBe(false);
    expect(matches('#pakkit', 'never again', { hashtags: ['pakkit'] })).toBe(true);
    expect(matches('#green*', 'love the #GreenBox')).toBe(true);
    expect(matches('@rushbee_app', 'hey @Rushbee_App where is my order')).toBe(true);
    expect(matches('@rushbee_app', 'hey rushbee_app')).toBe(false);
    expect(matches('pakkit', 'love #pakkit')).toBe(true);
  });

  it('matches fuzzy words by edit distance', () => {
    expect(matches('pakkit~1', 'ordered from Pakkti')).toBe(true);
    expect(matches('pakkit~1', 'ordered from Pakkitapp')).toBe(false);
    expect(matches('delivery~2', 'the dleivry was late')).toBe(true);
    expect(failure('app~1')).toContain('fuzzy ~1 needs a word of at least 4 letters');
  });

  it('lets aliases and misspellings stand in for the name wherever the query uses it', () => {
    const root = expandTopicQuery({ name: 'Pakkit', query: 'pakkit NOT "pakkit sports"', aliases: ['Pakkit app', '#pakkit'], misspellings: ['Pakit', 'Pakkitt'] });
    expect(printQuery(root)).toBe('(pakkit OR "pakkit app" OR #pakkit OR pakit OR pakkitt) AND NOT "pakkit sports"');
    const mention = (body: string) => evaluate(root, matchText({ body }));
    expect(mention('got my box from Pakkitt today')).toBe(true);
    expect(mention('Pakit sports club')).toBe(true);
    expect(mention('Pakkit sports club')).toBe(false);
    expect(printQuery(expandTopicQuery({ name: 'Grubzy', aliases: ['Grubzy Eats'], misspellings: ['Grubsy'], fuzzy: 1 }))).toBe('grubzy~1 OR "grubzy eats" OR grubsy');
    expect(() => expandTopicQuery({ name: 'Pakkit', query: 'deliver*', aliases: ['Pakit'] })).toThrow(/the query never does/);
  });

  it('points at the character where a query stops making sense, and says what was expected', () => {
    expect(failure('pakkit AND (late OR')).toBe(
      'expected a word, a "phrase", a #hashtag, an @handle or (, found the end of the query (at character 20)\n    pakkit AND (late OR\n                       ^',
    );
    expect(failure('pakkit AND (late OR slow')).toBe(
      'expected ) to close the ( at character 12, found the end of the query (at character 25)\n    pakkit AND (late OR slow\n                            ^',
    );
    expect(failure('pakkit) OR late')).toContain('this ) has no matching ( (at character 7)\n    pakkit) OR late\n          ^');
    expect(failure('pakkit app')).toContain('quote them: "pakkit app" (at character 8)\n    pakkit app\n           ^');
    expect(failure('"pakkit app')).toContain('this quote is never closed; end the phrase with " (at character 1)');
    expect(failure('pakkit NEAR/x late')).toContain('expected a distance after NEAR/, such as NEAR/3');
    expect(failure('(pakkit AND late) NEAR/3 app')).toContain('NEAR/n joins words, "phrases" or (a OR b) groups of them; move AND and NOT outside the NEAR (at character 2)');
    expect(failure('#pakkit NEAR/3 late')).toContain('#hashtags and @handles have no place in the text');
    expect(failure('NOT rushbee')).toContain('NOT needs a term to exclude from, as in pakkit AND NOT rushbee (at character 1)');
    expect(failure('pakkit OR NOT rushbee')).toContain('(at character 11)');
    expect(failure('# OR x')).toContain('a hashtag is # followed by letters, digits or _, as in #pakkit (at character 2)');
    expect(failure('pakkit AND !!!')).toContain('"!!!" has no letters or digits to match (at character 12)');
  });
});

describe('the words a mention is cut into', () => {
  it('gives the parts of a word that changes script one position, so NEAR and phrases count it once', () => {
    expect(matches('pakkit NEAR/0 كتب', 'وPakkit كتب')).toBe(true);
    expect(matches('"يصل pakkit"', 'لم يصل وPakkit')).toBe(true);
    expect(matches('"يصل وpakkit"', 'لم يصل وPakkit')).toBe(false);
  });
});
