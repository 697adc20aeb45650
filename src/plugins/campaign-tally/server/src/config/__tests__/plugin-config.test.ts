import { DEFAULT_CONFIG, validatePluginConfig } from '../plugin-config';

describe('plugin config validator', () => {
  it('accepts the defaults', () =>
    expect(() => validatePluginConfig(DEFAULT_CONFIG)).not.toThrow());

  it('rejects a bad time zone', () => {
    expect(() =>
      validatePluginConfig({ ...DEFAULT_CONFIG, timeZone: 'Mars/Olympus_Mons' })
    ).toThrow(/IANA time zone/);
  });

  it('rejects unknown or malformed tallied types', () => {
    expect(() =>
      validatePluginConfig({
        ...DEFAULT_CONFIG,
        types: { video: { uid: 'api::video.video', campaignField: 'campaign' } },
      })
    ).toThrow(/subset of article, episode, pledge/);
    expect(() =>
      validatePluginConfig({
        ...DEFAULT_CONFIG,
        types: { article: { uid: 'article', campaignField: 'campaign' } },
      })
    ).toThrow(/uid and a campaignField/);
    expect(() => validatePluginConfig({ ...DEFAULT_CONFIG, types: {} })).toThrow(/non-empty/);
    expect(() => validatePluginConfig({ ...DEFAULT_CONFIG, extra: 1 })).toThrow();
  });
});
