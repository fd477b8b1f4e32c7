// The few parts of Eleventy's programmatic API this stage uses (the package ships no type declarations).
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addGlobalData(name: string, data: unknown): UserConfig;
    addPassthroughCopy(paths: string | Record<string, string>): UserConfig;
    setTemplateFormats(formats: string[]): UserConfig;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): UserConfig;
    setQuietMode(quiet: boolean): UserConfig;
    setDataFileBaseName?(name: string): UserConfig;
    setUseGitIgnore(use: boolean): UserConfig;
    addFilter(name: string, filter: (...args: any[]) => unknown): UserConfig;
    addTransform(name: string, transform: (content: string, outputPath: string | false) => unknown): UserConfig;
    /** Listens to one of Eleventy's events, e.g. `eleventy.engine.njk` when it has made its Nunjucks environment. */
    on(event: string, listener: (...args: any[]) => unknown): UserConfig;
    /** Adds a template language, or overrides a built-in one (`key` names the one it stands in for). */
    addExtension(extension: string, options: {
      key?: string;
      compile?: (text: string, inputPath: string) => unknown;
      compileOptions?: { cache?: boolean; permalink?: 'raw' | false | ((text: string, inputPath: string) => unknown) };
    }): UserConfig;
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    /** Render every page without writing any. */
    dryRun?: boolean;
    configPath?: string;
    config?: (config: UserConfig) => void | Promise<void>;
  }
  export interface WrittenTemplate {
    outputPath: string | false;
    url: string | false;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<[unknown[], WrittenTemplate[]]>;
    disableLogger(): void;
  }
}
