import Foundation

/// How many cores this process may run on, the default number of files linted at once: on Linux
/// the count of its CPU affinity mask (`taskset`, a container's cpuset), which the machine's core
/// count ignores; elsewhere, or when the mask cannot be read, every core. Restricted to one core,
/// two threads took turns on it and the 40 MB bench ran 4% slower than one thread (ripgrep's
/// `available_parallelism` reads the mask the same way).
enum AvailableCores {
  static let count: Int = {
    #if os(Linux)
      // `sched_getaffinity` is a GNU extension the Glibc module does not export: found by name.
      typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
      if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_getaffinity") {
        let getAffinity = unsafeBitCast(symbol, to: GetAffinity.self)
        var mask = [UInt8](repeating: 0, count: 128)  // room for 1,024 CPUs
        let status = mask.withUnsafeMutableBytes { getAffinity(0, $0.count, $0.baseAddress!) }
        let allowed = mask.reduce(0) { $0 + $1.nonzeroBitCount }
        if status == 0 && allowed > 0 { return allowed }
      }
    #endif
    return ProcessInfo.processInfo.activeProcessorCount
  }()
}
