// autocannon ships no types; this declares the part of its programmatic API the bench and the
// reliability suite use (see node_modules/autocannon/README.md).
declare module 'autocannon' {
  interface Histogram {
    average: number
    mean: number
    p50: number
    p99: number
    max: number
    total: number
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    headers?: Record<string, string>
    requests?: { method?: string; path?: string; headers?: Record<string, string> }[]
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    resets: number
    '2xx': number
    duration: number
  }
  function autocannon(options: Options): Promise<Result> & { stop(): void }
  export default autocannon
}
