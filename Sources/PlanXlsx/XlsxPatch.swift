import CXlsxWriter
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Two things libxlsxwriter 1.1.4 (Debian's) cannot write, put into the finished workbook's XML:
/// Excel's quote-prefix style (`quotePrefix="1"`, what `format_set_quote_prefix` writes in later
/// versions) for the cell formats marked by `QuotePrefix.mark`, and a first page without the footer
/// (`differentFirst`), as KPU decrees leave page 1 unnumbered.
///
/// The workbook is re-zipped entry by entry; the two parts changed are inflated and deflated again with
/// the zlib that libxlsxwriter itself loads (found at run time: no new dependency).
enum XlsxPatch {
    /// Rewrites the workbook at `path`. `unnumberedFirstPage` names the sheets (`xl/worksheets/sheetN.xml`)
    /// whose first page has no footer.
    static func apply(to path: String, unnumberedFirstPage: Set<String>) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let zlib = Zlib.shared else { throw XlsxError(description: "zlib is not available") }
        var entries = try Zip.entries(data)
        for index in entries.indices {
            let name = entries[index].name
            let isStyles = name == "xl/styles.xml"
            let isSheet = unnumberedFirstPage.contains(name)
            guard isStyles || isSheet, entries[index].method == 8 else { continue }
            guard let raw = zlib.inflate(entries[index].compressed, size: entries[index].size) else {
                throw XlsxError(description: "cannot read \(name)")
            }
            // The sheet can be large (100,000 rows): it is changed as bytes, near its end, never as a String.
            let bytes = isStyles ? Data(quotePrefixed(String(decoding: raw, as: UTF8.self)).utf8) : firstPageUnnumbered(raw)
            guard let packed = zlib.deflate(bytes, level: bytes.count > 8 << 20 ? 1 : 6) else {
                throw XlsxError(description: "cannot write \(name)")
            }
            entries[index].compressed = packed
            entries[index].size = bytes.count
            entries[index].crc = Zip.crc32(bytes)
        }
        try Zip.write(entries).write(to: URL(fileURLWithPath: path))
    }

    /// Every cell format carrying the mark (an unlocked cell, which nothing else here uses) becomes a
    /// quote-prefixed one, locked as the others.
    static func quotePrefixed(_ xml: String) -> String {
        let marked = try! NSRegularExpression(pattern: #"<xf ([^>]*?) applyProtection="1">((?:(?!</xf>).)*?)<protection locked="0"/></xf>"#)
        return marked.stringByReplacingMatches(in: xml, range: NSRange(xml.startIndex..., in: xml),
                                               withTemplate: #"<xf $1 quotePrefix="1">$2</xf>"#)
    }

    static func firstPageUnnumbered(_ xml: Data) -> Data {
        guard let start = xml.range(of: Data("<headerFooter>".utf8), options: .backwards),
              let end = xml.range(of: Data("</headerFooter>".utf8), in: start.upperBound..<xml.endIndex) else { return xml }
        var out = Data()
        out.reserveCapacity(xml.count + 64)
        out.append(xml[..<start.lowerBound])
        out.append(Data(#"<headerFooter differentFirst="1">"#.utf8))
        out.append(xml[start.upperBound..<end.lowerBound])
        out.append(Data("<firstFooter></firstFooter></headerFooter>".utf8))
        out.append(xml[end.upperBound...])
        return out
    }
}

/// The zip container as far as a workbook needs it: entries with their compressed bytes, no zip64.
enum Zip {
    struct Entry {
        var name: String
        var method: UInt16
        var compressed: Data
        var size: Int
        var crc: UInt32
        var time: UInt16
        var date: UInt16
    }

    static func u16(_ d: Data, _ at: Int) -> Int { Int(d[d.startIndex + at]) | Int(d[d.startIndex + at + 1]) << 8 }
    static func u32(_ d: Data, _ at: Int) -> Int { u16(d, at) | u16(d, at + 2) << 16 }
    static func u64(_ d: Data, _ at: Int) -> Int { u32(d, at) | u32(d, at + 4) << 32 }

    /// The entries in central-directory order (zip64 sizes and offsets read from their extra field).
    static func entries(_ d: Data) throws -> [Entry] {
        let bad = XlsxError(description: "not a zip file")
        guard d.count >= 22 else { throw bad }
        var eocd = d.count - 22
        while eocd >= 0 && u32(d, eocd) != 0x0605_4B50 { eocd -= 1 }
        guard eocd >= 0 else { throw bad }
        var count = u16(d, eocd + 10), at = u32(d, eocd + 16)
        if (count == 0xFFFF || at == 0xFFFF_FFFF), eocd >= 20, u32(d, eocd - 20) == 0x0706_4B50 {
            let record = u64(d, eocd - 20 + 8)
            guard record + 56 <= d.count, u32(d, record) == 0x0606_4B50 else { throw bad }
            count = u64(d, record + 32)
            at = u64(d, record + 48)
        }
        var out: [Entry] = []
        for _ in 0..<count {
            guard at + 46 <= d.count, u32(d, at) == 0x0201_4B50 else { throw bad }
            let method = UInt16(u16(d, at + 10)), time = UInt16(u16(d, at + 12)), date = UInt16(u16(d, at + 14))
            let crc = UInt32(u32(d, at + 16))
            var compressedSize = u32(d, at + 20), size = u32(d, at + 24)
            let nameLength = u16(d, at + 28), extraLength = u16(d, at + 30), commentLength = u16(d, at + 32)
            var offset = u32(d, at + 42)
            guard at + 46 + nameLength + extraLength <= d.count else { throw bad }
            let name = String(decoding: d[(d.startIndex + at + 46)..<(d.startIndex + at + 46 + nameLength)], as: UTF8.self)
            // zip64: the fields set to 0xFFFFFFFF follow in the extra field 0x0001, in this order.
            var extra = at + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = u16(d, extra), length = u16(d, extra + 2)
                if id == 1 {
                    var field = extra + 4
                    if size == 0xFFFF_FFFF { size = u64(d, field); field += 8 }
                    if compressedSize == 0xFFFF_FFFF { compressedSize = u64(d, field); field += 8 }
                    if offset == 0xFFFF_FFFF { offset = u64(d, field) }
                }
                extra += 4 + length
            }
            guard offset + 30 <= d.count, u32(d, offset) == 0x0403_4B50 else { throw bad }
            let start = offset + 30 + u16(d, offset + 26) + u16(d, offset + 28)
            guard start + compressedSize <= d.count else { throw bad }
            out.append(Entry(name: name, method: method, compressed: d[(d.startIndex + start)..<(d.startIndex + start + compressedSize)],
                             size: size, crc: crc, time: time, date: date))
            at += 46 + nameLength + extraLength + commentLength
        }
        return out
    }

    /// A plain zip of `entries` (sizes must stay under 4 GiB).
    static func write(_ entries: [Entry]) throws -> Data {
        var out = Data(), directory = Data()
        func put16(_ d: inout Data, _ v: Int) { d.append(UInt8(v & 0xFF)); d.append(UInt8((v >> 8) & 0xFF)) }
        func put32(_ d: inout Data, _ v: Int) { put16(&d, v & 0xFFFF); put16(&d, (v >> 16) & 0xFFFF) }
        for entry in entries {
            guard entry.compressed.count < 0xFFFF_FFFF, entry.size < 0xFFFF_FFFF, out.count < 0xFFFF_FFFF else {
                throw XlsxError(description: "workbook too large to finish")
            }
            let name = Data(entry.name.utf8)
            let offset = out.count
            put32(&out, 0x0403_4B50); put16(&out, 20); put16(&out, 0); put16(&out, Int(entry.method))
            put16(&out, Int(entry.time)); put16(&out, Int(entry.date)); put32(&out, Int(entry.crc))
            put32(&out, entry.compressed.count); put32(&out, entry.size); put16(&out, name.count); put16(&out, 0)
            out.append(name)
            out.append(entry.compressed)
            put32(&directory, 0x0201_4B50); put16(&directory, 20); put16(&directory, 20); put16(&directory, 0)
            put16(&directory, Int(entry.method)); put16(&directory, Int(entry.time)); put16(&directory, Int(entry.date))
            put32(&directory, Int(entry.crc)); put32(&directory, entry.compressed.count); put32(&directory, entry.size)
            put16(&directory, name.count); put16(&directory, 0); put16(&directory, 0); put16(&directory, 0); put16(&directory, 0)
            put32(&directory, 0); put32(&directory, offset)
            directory.append(name)
        }
        let directoryOffset = out.count
        out.append(directory)
        put32(&out, 0x0605_4B50); put16(&out, 0); put16(&out, 0); put16(&out, entries.count); put16(&out, entries.count)
        put32(&out, directory.count); put32(&out, directoryOffset); put16(&out, 0)
        return out
    }

    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: Data) -> UInt32 {
        // Over the raw bytes with the table held once: iterating `Data` byte by byte cost 7 % of a 100,000-row export.
        let table = Self.table
        var c: UInt32 = 0xFFFF_FFFF
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            table.withUnsafeBufferPointer { table in
                for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
            }
        }
        return c ^ 0xFFFF_FFFF
    }
}

/// Raw deflate through the process's zlib (loaded with libxlsxwriter), called by symbol.
final class Zlib: @unchecked Sendable {
    typealias Init = @convention(c) (UnsafeMutableRawPointer, Int32, UnsafePointer<CChar>, Int32) -> Int32
    typealias DeflateInit = @convention(c) (UnsafeMutableRawPointer, Int32, Int32, Int32, Int32, Int32, UnsafePointer<CChar>, Int32) -> Int32
    typealias Step = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32
    typealias End = @convention(c) (UnsafeMutableRawPointer) -> Int32

    let inflateInit: Init, inflateStep: Step, inflateEnd: End
    let deflateInit: DeflateInit, deflateStep: Step, deflateEnd: End
    /// z_stream on LP64: next_in 0, avail_in 8, next_out 24, avail_out 32, total_out 40; 112 bytes.
    static let streamSize = 112

    static let shared: Zlib? = Zlib()

    init?() {
        guard let handle = dlopen("libz.so.1", RTLD_NOW) ?? dlopen(nil, RTLD_NOW) else { return nil }
        func symbol<T>(_ name: String, _: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
        }
        guard MemoryLayout<Int>.size == 8,
              let a = symbol("inflateInit2_", Init.self), let b = symbol("inflate", Step.self), let c = symbol("inflateEnd", End.self),
              let d = symbol("deflateInit2_", DeflateInit.self), let e = symbol("deflate", Step.self),
              let f = symbol("deflateEnd", End.self) else { return nil }
        (inflateInit, inflateStep, inflateEnd, deflateInit, deflateStep, deflateEnd) = (a, b, c, d, e, f)
    }

    func inflate(_ input: Data, size: Int) -> Data? {
        var output = Data(count: size)
        let input = Data(input)
        let ok = input.withUnsafeBytes { (src: UnsafeRawBufferPointer) -> Bool in
            output.withUnsafeMutableBytes { (dst: UnsafeMutableRawBufferPointer) -> Bool in
                let stream = UnsafeMutableRawPointer.allocate(byteCount: Self.streamSize, alignment: 8)
                defer { stream.deallocate() }
                stream.initializeMemory(as: UInt8.self, repeating: 0, count: Self.streamSize)
                guard inflateInit(stream, -15, "1.2.11", Int32(Self.streamSize)) == 0 else { return false }
                defer { _ = inflateEnd(stream) }
                stream.storeBytes(of: src.baseAddress, toByteOffset: 0, as: UnsafeRawPointer?.self)
                stream.storeBytes(of: UInt32(src.count), toByteOffset: 8, as: UInt32.self)
                stream.storeBytes(of: dst.baseAddress, toByteOffset: 24, as: UnsafeMutableRawPointer?.self)
                stream.storeBytes(of: UInt32(dst.count), toByteOffset: 32, as: UInt32.self)
                return inflateStep(stream, 4) == 1 && stream.load(fromByteOffset: 40, as: UInt.self) == UInt(size)
            }
        }
        return ok ? output : nil
    }

    func deflate(_ input: Data, level: Int32 = 6) -> Data? {
        var output = Data(count: input.count + input.count / 100 + 1024)
        var written = 0
        let ok = input.withUnsafeBytes { (src: UnsafeRawBufferPointer) -> Bool in
            output.withUnsafeMutableBytes { (dst: UnsafeMutableRawBufferPointer) -> Bool in
                let stream = UnsafeMutableRawPointer.allocate(byteCount: Self.streamSize, alignment: 8)
                defer { stream.deallocate() }
                stream.initializeMemory(as: UInt8.self, repeating: 0, count: Self.streamSize)
                guard deflateInit(stream, level, 8, -15, 8, 0, "1.2.11", Int32(Self.streamSize)) == 0 else { return false }
                defer { _ = deflateEnd(stream) }
                stream.storeBytes(of: src.baseAddress, toByteOffset: 0, as: UnsafeRawPointer?.self)
                stream.storeBytes(of: UInt32(src.count), toByteOffset: 8, as: UInt32.self)
                stream.storeBytes(of: dst.baseAddress, toByteOffset: 24, as: UnsafeMutableRawPointer?.self)
                stream.storeBytes(of: UInt32(dst.count), toByteOffset: 32, as: UInt32.self)
                guard deflateStep(stream, 4) == 1 else { return false }
                written = Int(stream.load(fromByteOffset: 40, as: UInt.self))
                return true
            }
        }
        return ok ? output.prefix(written) : nil
    }
}

/// Which cells get Excel's quote-prefix style: texts a spreadsheet would otherwise read as a formula
/// when retyped (`= + - @`, and a leading tab or carriage return). CSV keeps its visible apostrophe.
enum QuotePrefix {
    static func needed(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    }

    /// Marks a format as the quote-prefixed twin (an unlocked cell, turned into `quotePrefix` by XlsxPatch).
    static func mark(_ format: UnsafeMutablePointer<lxw_format>) { format_set_unlocked(format) }
}
