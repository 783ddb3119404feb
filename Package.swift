// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "reportlint",
  // macOS 15: the PCRE2 module's lock-free JIT flag uses Synchronization's Atomic and Mutex.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "reportlint", targets: ["reportlint"]),
    .library(name: "ReportLintCore", targets: ["ReportLintCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CPCRE2",
      pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
    ),
    .target(name: "PCRE2", dependencies: ["CPCRE2"]),
    // YAML node trees written at build time and read back at run time without parsing.
    .target(name: "PrecomposedYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
    // What a PCRE2 pattern needs of its subject (literals, line reach), read from its text: at
    // build time for the built-in patterns (rule-embedder), at run time for other packs'.
    .target(name: "PatternAnalysis"),
    // Turns Rules/ into Swift source at build time, so the installed binary carries its packs.
    .executableTarget(
      name: "rule-embedder",
      dependencies: ["PCRE2", "PrecomposedYAML", "PatternAnalysis", .product(name: "Yams", package: "Yams")],
      path: "Sources/rule-embedder"),
    .plugin(
      name: "EmbedRules",
      capability: .buildTool(),
      dependencies: ["rule-embedder"]
    ),
    .target(
      name: "ReportLintCore",
      dependencies: ["PCRE2", "PatternAnalysis", "PrecomposedYAML", .product(name: "Yams", package: "Yams")],
      plugins: ["EmbedRules"]
    ),
    .executableTarget(
      name: "reportlint",
      dependencies: [
        "ReportLintCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
    .testTarget(
      name: "ReportLintCoreTests",
      dependencies: ["ReportLintCore", "PatternAnalysis", .product(name: "Yams", package: "Yams")]),
    .testTarget(
      name: "RulePackTests",
      dependencies: ["ReportLintCore", "PatternAnalysis", "PrecomposedYAML", .product(name: "Yams", package: "Yams")]),
    .testTarget(
      name: "CLITests",
      dependencies: ["ReportLintCore", "reportlint", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
  ],
  swiftLanguageModes: [.v5]
)
