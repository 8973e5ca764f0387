import Foundation
import PlanModel

/// A small plan shaped like the real one, written in code so each test can see its data.
enum SamplePlan {
    static let json = """
    {
      "format": "rencana-plan",
      "version": 1,
      "document": { "title": "Rencana Aksi Contoh", "year": 2022, "unit": "Sekretariat Contoh" },
      "areas": [
        { "number": 1, "name": "Manajemen Perubahan", "kegiatan": [
          { "title": "1) Perencanaan Reformasi Birokrasi", "subKegiatan": [
            { "title": "1) Pembentukan Tim", "indikator": [
              { "text": "SK Tim Reformasi Birokrasi", "months": ["Jan"] },
              { "text": "Rencana Aksi Tahunan", "months": ["Jun", "Des"], "ket": "Catatan" }
            ]}
          ]},
          { "title": "2) Pelaksanaan manajemen perubahan", "subKegiatan": [
            { "title": "1) Sosialisasi", "indikator": [
              { "text": "Média sosialisasi RB", "months": ["Jan","Feb","Mar","Apr","Mei","Jun","Jul","Ags","Sep","Okt","Nov","Des"] }
            ]}
          ]}
        ]},
        { "number": 2, "name": "Penataan Peraturan Perundangan", "kegiatan": [
          { "title": "1) Evaluasi berkala", "subKegiatan": [
            { "title": "Pemetaan Naskah Dinas", "indikator": [
              { "id": "custom-id", "text": "Adanya data perundang undangan", "months": ["Mar", "Jun", "Sep", "Des"] }
            ]}
          ]}
        ]},
        { "number": 3, "name": "Penataan Organisasi", "kegiatan": [] }
      ]
    }
    """

    static func plan() throws -> Plan {
        try PlanDecoder.decode(Array(json.utf8), file: "sample.json")
    }
}

/// The repository's plan.json, found from this file's path.
enum RealPlan {
    static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("plan.json")
    }

    static func plan() throws -> Plan {
        try PlanDecoder.decode(Array(try Data(contentsOf: url)), file: "plan.json")
    }
}
