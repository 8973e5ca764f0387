// swift-tools-version:6.0
import PackageDescription

/// Rencana: a terminal dashboard for bureaucratic-reform action plans.
///
/// Layers, each importing only the ones above it in this list:
/// - `RencanaText`: every interface string, in one place.
/// - `PlanModel`: value types, months, rows, filtering, search, counts, plan decoding (Foundation only).
/// - `PlanFormats`: CSV / Markdown / JSON export and CSV import (pure text in, text out).
/// - `PlanDocuments`: the LAMPIRAN as a pure document model, and its HTML page.
/// - `CXlsxWriter` + `PlanXlsx`: the only code that talks to libxlsxwriter (the LAMPIRAN as a workbook).
/// - `PlanExport`: one exporter interface over every format (csv, markdown, json, xlsx, html).
/// - `PlanStore`: reading plan files, the state journal (history, undo, locking, durable writes).
/// - `PlanRollup`: the province's roll-up of many offices' plans and journals, read-only.
/// - `GanttUI`: the dashboard's app state, keys, update and render into a text buffer (no curses).
/// - `CNCursesW` + `CursesBackend`: the only code that talks to ncursesw.
/// - `rencana`: the command line and the dashboard's event loop.
let package = Package(
    name: "Rencana",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rencana", targets: ["rencana"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "RencanaText"),
        .target(name: "PlanModel", dependencies: ["RencanaText"]),
        .target(name: "PlanFormats", dependencies: ["PlanModel", "RencanaText"]),
        .target(name: "PlanStore", dependencies: ["PlanModel", "RencanaText"]),
        .target(name: "PlanDocuments", dependencies: ["PlanModel", "PlanFormats", "RencanaText"]),
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "PlanXlsx", dependencies: ["CXlsxWriter", "PlanDocuments", "PlanFormats"]),
        .target(name: "PlanExport", dependencies: ["PlanModel", "PlanFormats", "PlanDocuments", "PlanXlsx"]),
        .target(name: "PlanRollup", dependencies: ["PlanModel", "PlanStore", "PlanFormats", "RencanaText"]),
        .target(name: "GanttUI", dependencies: ["PlanModel", "RencanaText"]),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CursesBackend", dependencies: ["CNCursesW", "GanttUI"]),
        .executableTarget(
            name: "rencana",
            dependencies: [
                "PlanModel", "PlanFormats", "PlanStore", "GanttUI", "CursesBackend", "RencanaText", "PlanExport", "PlanRollup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "rencana-bench",
            dependencies: ["PlanModel", "PlanStore", "PlanFormats", "GanttUI", "RencanaText", "PlanExport"],
            path: "Sources/RencanaBench"
        ),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        .testTarget(name: "PlanFormatsTests", dependencies: ["PlanFormats", "PlanModel", "PlanStore"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "PlanModel"]),
        .testTarget(name: "GanttUITests", dependencies: ["GanttUI", "PlanModel", "PlanStore"], exclude: ["Golden"]),
        .testTarget(name: "RencanaCLITests", dependencies: ["PlanModel", "PlanStore"], exclude: ["Golden"]),
        .testTarget(name: "PlanRollupTests", dependencies: ["PlanRollup", "PlanModel", "PlanStore"]),
        .testTarget(name: "PlanDocumentsTests", dependencies: ["PlanDocuments", "PlanExport", "PlanXlsx", "PlanModel", "PlanStore"]),
    ]
)
