// The tolerant XML reader: several roots, comments, `\<` escapes kept for the patterns, variables.
import { parseXml, XmlSyntaxError } from '../../analysis/xml/xml-reader';
import { applyVariables } from '../../analysis/xml/xml-vars';

describe('XML reader', () => {
  it('reads several root elements with attributes, comments and nested elements', () => {
    const roots = parseXml(`<?xml version="1.0"?>\n<!-- a comment <decoder> -->\n<decoder name="a">\n  <prematch offset='after_parent'>^x</prematch>\n</decoder>\n<decoder name="b"/>`);
    expect(roots.map((r) => r.name)).toEqual(['decoder', 'decoder']);
    expect(roots[0].attrs).toEqual([['name', 'a']]);
    expect(roots[0].children[0]).toMatchObject({ name: 'prematch', text: '^x', attrs: [['offset', 'after_parent']], line: 4 });
  });

  it('keeps \\< as text and treats \\\\< as a backslash before a tag', () => {
    const [a, b] = parseXml('<prematch>\\<log>\\.+\\</log></prematch><field name="d">E:\\\\</field>');
    expect(a.text).toBe('\\<log>\\.+\\</log>');
    expect(b.text).toBe('E:\\\\');
  });

  it('leaves entities as written (os_xml does not decode them)', () => {
    expect(parseXml('<match>a &amp; b</match>')[0].text).toBe('a &amp; b');
  });

  it.each([
    ['<a><b></a>', 1],
    ['<a>\n<b>\n</c></a>', 3],
    ['<a x=1></a>', 1],
    ['<a>', 1],
    ['</a>', 1],
    ['stray text', 1],
    ['<!-- never closed', 1],
  ])('rejects %j with the line of the fault', (src, line) => {
    expect(() => parseXml(src)).toThrow(XmlSyntaxError);
    try { parseXml(src); } catch (err) { expect((err as XmlSyntaxError).line).toBe(line); }
  });

  it('applies <var> definitions to the elements after them', () => {
    const { roots, problems } = applyVariables(parseXml('<var name="FREQ">8</var><var name="BAD">error|fail</var><rule frequency="$FREQ"><match>$BAD or $UNKNOWN</match></rule>'));
    expect(problems).toEqual([]);
    expect(roots).toHaveLength(1);
    expect(roots[0].attrs).toEqual([['frequency', '8']]);
    expect(roots[0].children[0].text).toBe('error|fail or $UNKNOWN');
  });
});
