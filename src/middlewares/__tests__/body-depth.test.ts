import bodyDepth, { nestingDepth } from '../body-depth';

const nested = (depth: number, open = '{"a":', close = '}') =>
  JSON.parse(`${open.repeat(depth)}1${close.repeat(depth)}`);

describe('nestingDepth', () => {
  it('is 0 for scalars and counts each object or array level', () => {
    expect(nestingDepth(undefined)).toBe(0);
    expect(nestingDepth('text')).toBe(0);
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth([1, 2])).toBe(1);
    expect(nestingDepth({ a: [{ b: null }] })).toBe(3);
    expect(nestingDepth(nested(32))).toBe(32);
  });

  it('takes the deepest branch, whichever comes first', () => {
    expect(nestingDepth({ flat: 1, deep: nested(10), list: [[[]]] })).toBe(11);
    expect(nestingDepth([nested(5), 1, {}])).toBe(6);
  });

  it('walks 100,000 levels without overflowing the stack, and stops past the limit', () => {
    const deep = nested(100_000, '[', ']');
    expect(nestingDepth(deep)).toBe(100_000);
    expect(nestingDepth(deep, 32)).toBe(33);
  });
});

describe('body-depth middleware', () => {
  const run = async (body: unknown) => {
    const next = jest.fn(async () => 'next');
    const result = await bodyDepth({ maxDepth: 32 })({ request: { body } }, next);
    return { result, called: next.mock.calls.length };
  };

  it('passes a body at the limit and refuses one level more, naming the limit', async () => {
    expect(await run(nested(32))).toEqual({ result: 'next', called: 1 });
    await expect(run(nested(33))).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('32'),
    });
  });

  it('refuses a nonsense limit at boot', () => {
    expect(() => bodyDepth({ maxDepth: 0 })).toThrow(/maxDepth/);
  });
});
