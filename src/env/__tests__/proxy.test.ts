import { proxySettings } from '../proxy';

describe('proxySettings', () => {
  it('trusts one proxy hop by default, where the caller says proxies are trusted', () => {
    expect(proxySettings({}, true)).toEqual({ koa: true, maxIpsCount: 1 });
    expect(proxySettings({}, false)).toEqual({ koa: false, maxIpsCount: 1 });
    expect(proxySettings({ IS_PROXIED: '' }, true)).toEqual({ koa: true, maxIpsCount: 1 });
  });

  it('reads IS_PROXIED as true or false in any case', () => {
    expect(proxySettings({ IS_PROXIED: 'TRUE' }, false).koa).toBe(true);
    expect(proxySettings({ IS_PROXIED: ' false ' }, true).koa).toBe(false);
  });

  it('refuses an IS_PROXIED that is neither, rather than reading it as false', () => {
    for (const value of ['1', 'yes', 'ture']) {
      expect(() => proxySettings({ IS_PROXIED: value }, true)).toThrow(
        'IS_PROXIED must be true or false'
      );
    }
  });

  it('counts PROXY_HOPS proxies from the right of X-Forwarded-For', () => {
    expect(proxySettings({ IS_PROXIED: 'true', PROXY_HOPS: '2' }, false)).toEqual({
      koa: true,
      maxIpsCount: 2,
    });
  });

  it('refuses PROXY_HOPS of 0 (the forgeable left-most entry) and non-integers', () => {
    for (const value of ['0', '-1', '1.5', 'two', '11']) {
      expect(() => proxySettings({ PROXY_HOPS: value }, true)).toThrow(
        'PROXY_HOPS must be a whole number from 1 to 10'
      );
    }
  });
});
