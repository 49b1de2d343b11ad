/**
 * A JSON file too big for the YAML parser is reported from the engine's own
 * error: its detail kept, its position turned into line and column.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../source/data/parse.js';
import { MAX_YAML_BYTES } from '../../source/data/read.js';

const padding = ' '.repeat(MAX_YAML_BYTES);

function problemOf(text: string) {
  const result = parseFile({ name: 'big.json', text });
  if (result.ok) throw new Error('expected a syntax error');
  const [problem] = result.problems;
  if (!problem) throw new Error('expected a problem');
  return problem;
}

describe('a JSON syntax error in a file too big for the YAML parser', () => {
  it("keeps the engine's detail with the line and column", () => {
    expect(problemOf(`{"dataset": {"name": "x"},\n${padding}\n "oops" }`)).toMatchObject({
      message: "JSON syntax error: Expected ':' after property name",
      hint: 'fix the JSON syntax',
      line: 3,
      column: 9,
    });
  });

  it('names the unexpected token without echoing the text', () => {
    expect(problemOf(`{"a": tru}${padding}`).message).toBe("JSON syntax error: Unexpected token '}'");
  });

  it('says what an unfinished array lacks', () => {
    expect(problemOf(`${padding}[1, 2`).message).toBe("JSON syntax error: Expected ',' or ']' after array element");
  });
});

describe('a repeated key in a JSON file', () => {
  const parse = (text: string) => parseFile({ name: 'd.json', text });

  it('is found behind strings that hold quotes, colons and backslashes', () => {
    const text = '{"a": "x\\": \\\\", "b\\"": {"c": 1},\n  "b\\"": 2}';
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 2, column: 3 });
  });

  it('is not reported where every key is once per object', () => {
    expect(parse('{"a": {"k": "\\"k\\": 1"}, "b": {"k": [{"k": ":"}]}, "__proto__": 1}').ok).toBe(true);
  });
});

describe('a small .json file is read as JSON, never as YAML', () => {
  const parse = (text: string) => parseFile({ name: 'small.json', text });

  it("a syntax error keeps the engine's detail and its line and column", () => {
    const result = parse('{"dataset": {\n  "name" "x"}}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        message: "JSON syntax error: Expected ':' after property name",
        line: 2,
        column: 10,
      });
  });

  it('a trailing comma, which YAML would accept, is a JSON error', () => {
    const result = parse('{"dataset": {"name": "x",}}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^JSON syntax error: /);
  });

  it('a repeated key names the key and where it first appears', () => {
    const result = parse('{"dataset": {"name": "x",\n "name": "y"}}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        line: 2,
        column: 2,
        message: 'duplicate key "name"; it first appears at line 1, column 14',
      });
  });
});
