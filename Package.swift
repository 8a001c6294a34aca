// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Dangjian",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DangjianKit", targets: ["DangjianKit"]),
        .executable(name: "dangjian", targets: ["dangjian"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CZlibInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "DangjianKit",
            dependencies: [
                "CCmarkGFM",
                "CZlibInflate",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The preview server (`dangjian serve`): its own target, so the HTTP stack (SwiftNIO) is
        // linked by the command and the tests, never by the library that builds sites.
        .target(
            name: "DangjianServe",
            dependencies: [
                "DangjianKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "dangjian",
            dependencies: [
                "DangjianKit",
                "DangjianServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DangjianKitTests",
            dependencies: [
                "DangjianKit",
                "DangjianServe",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
