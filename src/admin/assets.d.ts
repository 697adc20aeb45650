/** Vite turns an imported image into its URL. */
declare module '*.svg' {
  const url: string;
  export default url;
}

/** Vite's build flags (the app does not load vite/client's types). */
interface ImportMeta {
  readonly env: { readonly MODE: string };
}
