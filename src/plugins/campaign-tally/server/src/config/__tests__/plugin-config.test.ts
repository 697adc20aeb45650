import { DEFAULT_CONFIG, validatePluginConfig } from '../plugin-config';

describe('plugin config validator', () => {
  it('accepts the defaults', () =>
    expect(() => validatePluginConfig(DEFAULT_CONFIG)).not.toThrow());

  it('rejects a bad time zone', () => {
    expect(() =>
      validatePluginConfig({ ...DEFAULT_CONFIG, timeZone: 'Mars/Olympus_Mons' })
    ).toThrow(/IANA time zone/);
  });

  it('rejects unknown keys: what is counted is not configurable', () => {
    const types = { article: { uid: 'api::article.article', campaignField: 'campaign' } };
    expect(() => validatePluginConfig({ ...DEFAULT_CONFIG, types })).toThrow();
    expect(() => validatePluginConfig({ ...DEFAULT_CONFIG, extra: 1 })).toThrow();
  });

  it('rejects a bad export rate limit and a malformed held-links model', () => {
    const exportRateLimit = { enabled: true, max: 0, intervalSeconds: 60 };
    expect(() => validatePluginConfig({ ...DEFAULT_CONFIG, exportRateLimit })).toThrow();
    expect(() => validatePluginConfig({ ...DEFAULT_CONFIG, heldLinksModel: 'held links' })).toThrow(
      /model uid/
    );
  });
});
