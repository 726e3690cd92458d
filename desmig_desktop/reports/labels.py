"""The monthly report's texts, in Bahasa Indonesia (the report's official language) and
English."""

from __future__ import annotations

from .. import i18n

MONTHS = {
    1: ("Januari", "January"),
    2: ("Februari", "February"),
    3: ("Maret", "March"),
    4: ("April", "April"),
    5: ("Mei", "May"),
    6: ("Juni", "June"),
    7: ("Juli", "July"),
    8: ("Agustus", "August"),
    9: ("September", "September"),
    10: ("Oktober", "October"),
    11: ("November", "November"),
    12: ("Desember", "December"),
}

_RETURN_REASONS = {
    "kontrak_berakhir": ("Kontrak berakhir", "Contract ended"),
    "cuti": ("Cuti", "Leave"),
    "phk": ("Pemutusan hubungan kerja", "Dismissal"),
    "kecelakaan_sakit": ("Kecelakaan atau sakit", "Accident or illness"),
    "kekerasan": ("Mengalami kekerasan", "Abuse"),
    "perang_bencana_wabah": ("Perang, bencana alam atau wabah", "War, disaster or epidemic"),
    "deportasi": ("Dideportasi", "Deported"),
    "meninggal": ("Meninggal dunia", "Died"),
    "lainnya": ("Lainnya", "Other"),
}

CASE_TYPES = {
    "ingin_dipulangkan": ("Ingin dipulangkan", "Wants to go home"),
    "gaji_tidak_dibayar": ("Gaji tidak dibayar", "Unpaid wages"),
    "dideportasi": ("Dideportasi", "Deported"),
    "gagal_berangkat": ("Gagal berangkat", "Failed to depart"),
    "meninggal_di_luar_negeri": ("Meninggal di luar negeri", "Died abroad"),
    "penipuan_peluang_kerja": ("Penipuan peluang kerja", "Job fraud"),
    "sakit": ("Sakit", "Illness"),
    "tppo": ("Perdagangan orang (TPPO)", "Human trafficking"),
    "masalah_jaminan_sosial": ("Masalah jaminan sosial", "Social security problem"),
    "hilang_kontak": ("Hilang kontak", "Lost contact"),
    "pekerjaan_tidak_sesuai_perjanjian": (
        "Pekerjaan tidak sesuai perjanjian",
        "Work not as contracted",
    ),
    "kekerasan_majikan": ("Kekerasan oleh majikan", "Violence by the employer"),
    "gangguan_jiwa": ("Gangguan jiwa", "Mental illness"),
    "paspor_ditahan": ("Paspor ditahan", "Passport withheld"),
    "biaya_berlebih": ("Biaya penempatan berlebih", "Overcharging"),
    "pelecehan_seksual": ("Pelecehan seksual", "Sexual harassment"),
    "overstay": ("Melebihi izin tinggal", "Overstay"),
    "lainnya": ("Lainnya", "Other"),
}

_TEXTS = {
    "report.action": ("membuat laporan", "make reports"),
    "report.month": (
        "Bulan laporan '{month}' tidak dikenal: tulis tahun dan bulan, misalnya 2026-11.",
        "Report month '{month}' is not understood: write the year and month, e.g. 2026-11.",
    ),
    "report.format": (
        "Format laporan '{format}' tidak dikenal: pilih pdf atau xlsx.",
        "Report format '{format}' is not known: choose pdf or xlsx.",
    ),
    "report.title": ("LAPORAN BULANAN DESA MIGRAN PRODUKTIF", "DESMIGRATIF MONTHLY REPORT"),
    "report.period": ("Bulan laporan: {month}", "Month: {month}"),
    "report.made": ("Dibuat oleh {user}, {at}", "Made by {user}, {at}"),
    "report.page": ("Halaman {page}", "Page {page}"),
    "report.summary": ("Ringkasan", "Summary"),
    "report.written": ("Laporan tersimpan: {path}", "Report saved: {path}"),
    "report.write_failed": (
        "Laporan tidak bisa ditulis ke {path}: {error}. Pilih folder lain yang ada dan bisa ditulisi.",
        "The report cannot be written to {path}: {error}. Choose another folder that exists and is writable.",
    ),
    "report.section.migration": ("Pilar 1: Layanan Migrasi", "Pillar 1: Migration services"),
    "report.section.protection": ("Perlindungan", "Protection"),
    "report.section.enterprise": ("Pilar 2: Usaha Produktif", "Pillar 2: Productive enterprises"),
    "report.section.parenting": (
        "Pilar 3: Parenting (Rumah Pintar)",
        "Pillar 3: Community parenting",
    ),
    "report.section.cooperative": ("Pilar 4: Koperasi", "Pillar 4: Cooperative"),
    "report.sheet.migration": ("Layanan Migrasi", "Migration"),
    "report.sheet.protection": ("Perlindungan", "Protection"),
    "report.sheet.enterprise": ("Usaha Produktif", "Enterprises"),
    "report.sheet.parenting": ("Parenting", "Parenting"),
    "report.sheet.cooperative": ("Koperasi", "Cooperative"),
    "report.chart.moves": (
        "Keberangkatan dan kepulangan, 12 bulan terakhir",
        "Departures and returns, last 12 months",
    ),
    "report.chart.departures": ("Berangkat", "Departures"),
    "report.chart.returns": ("Pulang", "Returns"),
    "report.chart.cases": (
        "Kasus dilaporkan bulan ini menurut jenis",
        "Cases reported this month by type",
    ),
    "report.column.figure": ("Uraian", "Figure"),
    "report.column.value": ("Jumlah", "Value"),
    "report.column.reason": ("Alasan", "Reason"),
    "report.column.count": ("Jumlah", "Count"),
    "report.column.case_type": ("Jenis kasus", "Case type"),
    "report.column.opened": ("Dilaporkan", "Reported"),
    "report.column.closed": ("Ditutup", "Closed"),
    "report.column.month": ("Bulan", "Month"),
    "report.none": ("Tidak ada pada bulan ini.", "None this month."),
    "report.info_sessions": ("Sosialisasi / diseminasi informasi", "Information sessions"),
    "report.info_participants": ("Peserta sosialisasi", "Information session participants"),
    "report.consultations": ("Konsultasi", "Consultations"),
    "report.served": ("Orang yang dilayani", "People served"),
    "report.registered": ("Calon pekerja migran terdaftar", "Prospective migrants registered"),
    "report.departures": ("Keberangkatan", "Departures"),
    "report.departures_procedural": ("Keberangkatan prosedural", "Procedural departures"),
    "report.departures_non_procedural": (
        "Keberangkatan nonprosedural",
        "Non-procedural departures",
    ),
    "report.returns": ("Kepulangan", "Returns"),
    "report.returns_by_reason": ("Kepulangan menurut alasan", "Returns by reason"),
    "report.documents_verified": ("Dokumen selesai diverifikasi", "Documents verified"),
    "report.cases_opened": ("Kasus dilaporkan", "Cases reported"),
    "report.cases_closed": ("Kasus ditutup", "Cases closed"),
    "report.cases_open": ("Kasus masih terbuka di akhir bulan", "Cases open at month end"),
    "report.cases_by_type": ("Kasus menurut jenis", "Cases by type"),
    "report.enterprises_active": ("Usaha aktif", "Active enterprises"),
    "report.enterprises_new": ("Usaha baru", "New enterprises"),
    "report.trainings": ("Pelatihan usaha", "Enterprise trainings"),
    "report.trainees": ("Peserta pelatihan usaha", "Enterprise training participants"),
    "report.vocational_trainings": ("Pelatihan BLK dimulai", "BLK trainings started"),
    "report.vocational_trainees": ("Peserta pelatihan BLK", "BLK trainees"),
    "report.certificates": ("Sertifikat kompetensi terbit", "Competency certificates issued"),
    "report.enterprise_reports": ("Laporan usaha masuk", "Enterprise reports received"),
    "report.revenue": ("Omzet usaha (Rp)", "Enterprise revenue (Rp)"),
    "report.workers": ("Tenaga kerja usaha", "Enterprise workers"),
    "report.children": ("Anak terdaftar", "Children enrolled"),
    "report.children_new": ("Anak baru terdaftar", "Newly enrolled children"),
    "report.sessions": ("Kegiatan parenting", "Parenting sessions"),
    "report.attendance_marks": ("Catatan kehadiran", "Attendance marks"),
    "report.attendance_present": ("Hadir", "Present"),
    "report.attendance_rate": ("Tingkat kehadiran (%)", "Attendance rate (%)"),
    "report.members": ("Anggota koperasi", "Cooperative members"),
    "report.members_new": ("Anggota baru", "New members"),
    "report.savings_balance": ("Saldo simpanan (Rp)", "Savings balance (Rp)"),
    "report.savings_net": ("Simpanan bersih bulan ini (Rp)", "Net savings this month (Rp)"),
    "report.loans_new": ("Pinjaman baru", "New loans"),
    "report.loans_outstanding": ("Sisa pinjaman beredar (Rp)", "Loans outstanding (Rp)"),
    "report.repayments": ("Angsuran diterima (Rp)", "Repayments received (Rp)"),
    "report.arrears": ("Pinjaman menunggak", "Loans in arrears"),
    "report.arrears_amount": ("Jumlah tunggakan (Rp)", "Amount in arrears (Rp)"),
}


def _messages() -> dict[str, dict[str, str]]:
    messages = {key: {"id": ind, "en": eng} for key, (ind, eng) in _TEXTS.items()}
    for number, (ind, eng) in MONTHS.items():
        messages[f"report.month.{number}"] = {"id": ind, "en": eng}
    for value, (ind, eng) in _RETURN_REASONS.items():
        messages[f"report.return_reason.{value}"] = {"id": ind, "en": eng}
    for value, (ind, eng) in CASE_TYPES.items():
        messages[f"report.case_type.{value}"] = {"id": ind, "en": eng}
    return messages


i18n.register(_messages())
