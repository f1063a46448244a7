// The part of picomatch (tinyglobby's matcher, a dependency of ours too) that discovery uses.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
  }
  function picomatch(glob: string | readonly string[], options?: PicomatchOptions): (test: string) => boolean;
  export default picomatch;
}
