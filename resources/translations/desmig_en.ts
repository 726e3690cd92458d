<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdvanceDialog</name>
    <message>
        <source>Pindah tahap: {name}</source>
        <translation>Change stage: {name}</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Tahap sekarang: {stage}</source>
        <translation>Current stage: {stage}</translation>
    </message>
    <message>
        <source>Pindah ke tahap</source>
        <translation>Move to stage</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Berangkat non-prosedural (di luar prosedur)</source>
        <translation>Non-procedural departure (outside the procedure)</translation>
    </message>
    <message>
        <source>Alasan non-prosedural</source>
        <translation>Non-procedural reason</translation>
    </message>
    <message>
        <source>misalnya berangkat lewat calo dengan visa turis</source>
        <translation>e.g. left through a broker on a tourist visa</translation>
    </message>
    <message>
        <source>Alasan kepulangan</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation>- choose -</translation>
    </message>
    <message>
        <source>Tulis alasan keberangkatan non-prosedural.</source>
        <translation>Write the reason for the non-procedural departure.</translation>
    </message>
    <message>
        <source>Tanggal berangkat</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <source>Tanggal pulang</source>
        <translation>Return date</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Berkas lampiran {name} tidak ada di folder lampiran laptop ini. Mungkin dilampirkan di laptop lain.</source>
        <translation>The attachment {name} is not in this laptop&apos;s attachments folder. It may have been attached on another laptop.</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibuka: {error}</source>
        <translation>The attachment cannot be opened: {error}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Daftar hadir: {topic} ({date})</source>
        <translation>Attendance: {topic} ({date})</translation>
    </message>
    <message>
        <source>Centang anak yang hadir. Semua anak yang terdaftar pada tanggal kegiatan ditampilkan. Tekan Enter untuk menyimpan.</source>
        <translation>Tick the children who were present. Every child enrolled on the session date is listed. Press Enter to save.</translation>
    </message>
    <message>
        <source>Anak yang hadir</source>
        <translation>Children present</translation>
    </message>
    <message>
        <source>Semua hadir</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Simpan daftar hadir</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>(wali: {name})</source>
        <translation>(guardian: {name})</translation>
    </message>
    <message>
        <source>Belum ada anak yang terdaftar pada tanggal kegiatan ini.</source>
        <translation>No child was enrolled on the date of this session.</translation>
    </message>
    <message>
        <source>{present} dari {total} hadir</source>
        <translation>{present} of {total} present</translation>
    </message>
    <message>
        <source>Menyimpan...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Daftar hadir belum disimpan. Buang perubahan ini?</source>
        <translation>The attendance is not saved. Discard these changes?</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Kembali ke daftar hadir</source>
        <translation>Back to the attendance</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Masuk</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Pengguna ditambah</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>Peran diubah</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Pengguna diaktifkan/dinonaktifkan</source>
        <translation>User activated/deactivated</translation>
    </message>
    <message>
        <source>Kata sandi diatur</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Ekspor data pribadi</source>
        <translation>Personal data export</translation>
    </message>
    <message>
        <source>Penghapusan data pribadi</source>
        <translation>Personal data erasure</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Siapa masuk, gagal masuk, mengekspor, menghapus data pribadi, atau mengubah peran di laptop ini.</source>
        <translation>Who logged in, failed to log in, exported, erased personal data, or changed roles on this laptop.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Cadangan adalah salinan lengkap data pusat layanan. Buat cadangan secara rutin dan simpan salinannya di flashdisk. Memulihkan cadangan mengganti semua data dengan isi cadangan itu; data saat ini disimpan dulu sebagai cadangan.</source>
        <translation>A backup is a complete copy of the centre&apos;s data. Make backups regularly and keep a copy on a USB flash drive. Restoring a backup replaces all data with the contents of that backup; the current data is first saved as a backup.</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Cadangkan ke folder lain...</source>
        <translation>Back up to another folder...</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Daftar cadangan</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <source>Pulihkan cadangan terpilih...</source>
        <translation>Restore selected backup...</translation>
    </message>
    <message>
        <source>Pulihkan dari berkas lain...</source>
        <translation>Restore from another file...</translation>
    </message>
    <message>
        <source>Buka folder cadangan</source>
        <translation>Open backups folder</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat memulihkan cadangan.</source>
        <translation>Only an admin can restore backups.</translation>
    </message>
    <message>
        <source>Cadangan di {folder}</source>
        <translation>Backups in {folder}</translation>
    </message>
    <message>
        <source>Pilih folder untuk cadangan (misalnya flashdisk)</source>
        <translation>Choose a folder for the backup (e.g. a USB flash drive)</translation>
    </message>
    <message>
        <source>Membuat cadangan...</source>
        <translation>Creating backup...</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup created: {path}</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan Desmigratif (*.sqlite3)</source>
        <translation>Desmigratif backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Memeriksa cadangan...</source>
        <translation>Checking backup...</translation>
    </message>
    <message>
        <source>Pulihkan cadangan?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Semua data di laptop ini akan diganti dengan isi cadangan {file}. Perubahan sesudah cadangan itu dibuat akan hilang dari laptop ini (data saat ini disimpan dulu sebagai cadangan).

Sesudah pemulihan, semua pengguna harus masuk lagi.</source>
        <translation>All data on this laptop will be replaced with the contents of the backup {file}. Changes made after that backup was created will be lost from this laptop (the current data is first saved as a backup).

After the restore, all users must log in again.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BusinessTrainingDialog</name>
    <message>
        <source>Tambah pelatihan kewirausahaan</source>
        <translation>Add entrepreneurship training</translation>
    </message>
    <message>
        <source>Judul pelatihan</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>Tanggal pelatihan</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Buka kasus perlindungan</source>
        <translation>Open a protection case</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation>- choose -</translation>
    </message>
    <message>
        <source>Tanda bahaya</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>Tanggal laporan</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pilih orangnya dari hasil pencarian.</source>
        <translation>Pick the person from the search results.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Tambah sertifikat kompetensi</source>
        <translation>Add competency certificate</translation>
    </message>
    <message>
        <source>Pemegang</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>- tanpa pelatihan BLK -</source>
        <translation>- no BLK training -</translation>
    </message>
    <message>
        <source>Skema sertifikasi</source>
        <translation>Certification scheme</translation>
    </message>
    <message>
        <source>LSP penerbit</source>
        <translation>Issuing LSP</translation>
    </message>
    <message>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Tanggal terbit</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Tanggal habis berlaku</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Pilih pemegang sertifikat dari hasil pencarian.</source>
        <translation>Pick the certificate holder from the search results.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Selamat datang di Desmigratif</source>
        <translation>Welcome to Desmigratif</translation>
    </message>
    <message>
        <source>Laptop ini belum punya data pusat layanan. Pilih cara memulai.</source>
        <translation>This laptop has no centre data yet. Choose how to start.</translation>
    </message>
    <message>
        <source>Buat pusat layanan baru (mandiri)</source>
        <translation>Create a new centre (standalone)</translation>
    </message>
    <message>
        <source>Pilih desa Anda dan buat akun admin. Semua data tersimpan di laptop ini dan bisa dipakai tanpa internet.</source>
        <translation>Choose your village and create an admin account. All data is kept on this laptop and works without internet.</translation>
    </message>
    <message>
        <source>Bergabung dengan server pusat</source>
        <translation>Enrol with a central server</translation>
    </message>
    <message>
        <source>Belum tersedia: pilihan ini aktif setelah fitur sinkronisasi hadir. Untuk sekarang buat pusat layanan mandiri; datanya nanti dapat disinkronkan ke server pusat.</source>
        <translation>Not available yet: this option is enabled once the sync feature arrives. For now create a standalone centre; its data can be synchronised with the central server later.</translation>
    </message>
    <message>
        <source>Coba dengan data contoh</source>
        <translation>Try it with demo data</translation>
    </message>
    <message numerus="yes">
        <source>Membuat pusat layanan contoh berisi %n penduduk rekaan untuk latihan. Jangan dipakai untuk data sungguhan.</source>
        <translation>
            <numerusform>Creates a demo centre with %n made-up villager for practice. Do not use it for real data.</numerusform>
            <numerusform>Creates a demo centre with %n made-up villagers for practice. Do not use it for real data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Catat persetujuan data pribadi</source>
        <translation>Record consent to personal data processing</translation>
    </message>
    <message>
        <source>Catat persetujuan sesuai formulir yang ditandatangani (UU 27/2022 tentang Pelindungan Data Pribadi). Centang hanya tujuan yang disetujui.</source>
        <translation>Record the consent as on the signed form (UU 27/2022 on Personal Data Protection). Tick only the purposes agreed to.</translation>
    </message>
    <message>
        <source>Tanggal persetujuan</source>
        <translation>Date given</translation>
    </message>
    <message>
        <source>Diberikan oleh</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Nama pemberi persetujuan</source>
        <translation>Name of the person consenting</translation>
    </message>
    <message>
        <source>bila bukan yang bersangkutan, nama sesuai tanda tangan</source>
        <translation>if not the person themself, the name as signed</translation>
    </message>
    <message>
        <source>Tujuan yang disetujui</source>
        <translation>Purposes agreed</translation>
    </message>
    <message>
        <source>Formulir bertanda tangan</source>
        <translation>Signed form</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Yang bersangkutan sendiri</source>
        <translation>The person themself</translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Wali</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Suami/istri</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Anggota keluarga lain</source>
        <translation>Other family member</translation>
    </message>
    <message>
        <source>Pendaftaran, pendataan dan penanganan kasus</source>
        <translation>Registration, records and case management</translation>
    </message>
    <message>
        <source>Rujukan ke instansi (Disnaker/LTSA, BP3MI, polisi/Satgas TPPO, KBRI)</source>
        <translation>Referral to government (Disnaker/LTSA, BP3MI, police/anti-trafficking task force, embassy)</translation>
    </message>
    <message>
        <source>Berbagi dengan mitra (P3MI, fasilitas kesehatan, IOM, LSM)</source>
        <translation>Sharing with partners (P3MI, health services, IOM, NGOs)</translation>
    </message>
    <message>
        <source>Foto dan pindaian dokumen (KTP, KK, paspor...)</source>
        <translation>Photos and scans of documents (KTP, KK, passport...)</translation>
    </message>
    <message>
        <source>Laporan statistik tanpa identitas</source>
        <translation>Statistics reports without identities</translation>
    </message>
    <message>
        <source>layanan</source>
        <translation>services</translation>
    </message>
    <message>
        <source>instansi</source>
        <translation>government</translation>
    </message>
    <message>
        <source>mitra</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>dokumen</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>statistik</source>
        <translation>statistics</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Diberikan oleh</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Formulir</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>dicabut {date}</source>
        <translation>withdrawn {date}</translation>
    </message>
    <message>
        <source>Alasan pencabutan</source>
        <translation>Withdrawal reason</translation>
    </message>
    <message>
        <source>Catat persetujuan...</source>
        <translation>Record consent...</translation>
    </message>
    <message>
        <source>Cabut persetujuan...</source>
        <translation>Withdraw consent...</translation>
    </message>
    <message>
        <source>Lampirkan formulir...</source>
        <translation>Attach the form...</translation>
    </message>
    <message>
        <source>Buka formulir</source>
        <translation>Open the form</translation>
    </message>
    <message>
        <source>Belum ada persetujuan yang berlaku untuk pemrosesan data pribadi orang ini (UU 27/2022). Catat persetujuannya dari formulir yang ditandatangani.</source>
        <translation>There is no consent in force to process this person&apos;s personal data (UU 27/2022). Record it from the signed form.</translation>
    </message>
    <message>
        <source>Pilih scan atau foto formulir persetujuan</source>
        <translation>Choose a scan or photo of the consent form</translation>
    </message>
    <message>
        <source>Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan: {error}</source>
        <translation>The attachment cannot be saved: {error}</translation>
    </message>
</context>
<context>
    <name>ConsenterDialog</name>
    <message>
        <source>Surat izin keluarga</source>
        <translation>Family consent letter</translation>
    </message>
    <message>
        <source>mis. suami, istri, ayah, ibu</source>
        <translation>e.g. husband, wife, father, mother</translation>
    </message>
    <message>
        <source>Nama yang memberi izin *</source>
        <translation>Name of the person giving consent *</translation>
    </message>
    <message>
        <source>Hubungan keluarga *</source>
        <translation>Family relationship *</translation>
    </message>
    <message>
        <source>Buat surat</source>
        <translation>Create letter</translation>
    </message>
</context>
<context>
    <name>CooperativeDialog</name>
    <message>
        <source>Daftarkan koperasi / BUMDes</source>
        <translation>Register a cooperative / BUMDes</translation>
    </message>
    <message>
        <source>Nama koperasi</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <source>Jenis lembaga</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>BUMDes</source>
        <translation>BUMDes (village enterprise)</translation>
    </message>
    <message>
        <source>Nomor badan hukum</source>
        <translation>Legal registration number</translation>
    </message>
    <message>
        <source>Tanggal berdiri</source>
        <translation>Founding date</translation>
    </message>
</context>
<context>
    <name>CooperativePage</name>
    <message>
        <source>Simpanan pokok</source>
        <translation>Principal savings (pokok)</translation>
    </message>
    <message>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings (wajib)</translation>
    </message>
    <message>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings (sukarela)</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <source>Dihapusbukukan</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Daftarkan koperasi</source>
        <translation>Register a cooperative</translation>
    </message>
    <message>
        <source>Saring nama atau nomor anggota...</source>
        <translation>Filter by name or member number...</translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>anggota-koperasi</source>
        <translation>cooperative-members</translation>
    </message>
    <message>
        <source>Pilih anggota di sebelah kiri.</source>
        <translation>Choose a member on the left.</translation>
    </message>
    <message>
        <source>Saldo simpanan</source>
        <translation>Savings balance</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Setor</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Koreksi (jurnal balik)</source>
        <translation>Correct (reversing entry)</translation>
    </message>
    <message>
        <source>Transaksi simpanan tidak bisa diubah; batalkan dengan jurnal balik.</source>
        <translation>Savings entries cannot be edited; cancel one with a reversing entry.</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Cetak rekening</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <source>Rekening koran simpanan anggota, untuk dicetak dan diberikan kepadanya</source>
        <translation>The member&apos;s savings statement, to print and hand to them</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Compulsory</translation>
    </message>
    <message>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Transaksi</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Saldo jenis</source>
        <translation>Kind balance</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>rekening-simpanan</source>
        <translation>savings-statement</translation>
    </message>
    <message>
        <source>Beri pinjaman</source>
        <translation>Grant loan</translation>
    </message>
    <message>
        <source>Bayar angsuran</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <source>Koreksi angsuran (jurnal balik)</source>
        <translation>Correct repayment (reversing entry)</translation>
    </message>
    <message>
        <source>Cair</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>rekening-simpanan {name}</source>
        <translation>savings-statement {name}</translation>
    </message>
    <message>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Bunga/bln</source>
        <translation>Interest/mo</translation>
    </message>
    <message>
        <source>Jangka</source>
        <translation>Term</translation>
    </message>
    <message numerus="yes">
        <source>%n bulan</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>jadwal-angsuran</source>
        <translation>repayment-schedule</translation>
    </message>
    <message>
        <source>Jadwal angsuran</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Koperasi:</source>
        <translation>Cooperative:</translation>
    </message>
    <message>
        <source>Jurnal balik: {note}</source>
        <translation>Reversal: {note}</translation>
    </message>
    <message>
        <source>(dibatalkan) {note}</source>
        <translation>(reversed) {note}</translation>
    </message>
    <message>
        <source>Belum ada koperasi atau BUMDes yang terdaftar. Klik &quot;Daftarkan koperasi&quot; untuk mulai.</source>
        <translation>No cooperative or BUMDes is registered yet. Click &quot;Register a cooperative&quot; to start.</translation>
    </message>
    <message numerus="yes">
        <source>%n anggota</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (No. {number})</source>
        <translation>{name} (No. {number})</translation>
    </message>
    <message>
        <source>Sisa pinjaman: pokok {principal} + bunga {interest} = {total}</source>
        <translation>Still owed: principal {principal} + interest {interest} = {total}</translation>
    </message>
    <message>
        <source>{what} {amount} dicatat.</source>
        <translation>{what} {amount} recorded.</translation>
    </message>
    <message>
        <source>{date}: {kind} {amount}</source>
        <translation>{date}: {kind} {amount}</translation>
    </message>
    <message>
        <source>Jurnal balik dicatat.</source>
        <translation>Reversing entry recorded.</translation>
    </message>
    <message>
        <source>Pinjaman dicatat.</source>
        <translation>Loan recorded.</translation>
    </message>
    <message>
        <source>Angsuran dicatat.</source>
        <translation>Repayment recorded.</translation>
    </message>
    <message>
        <source>{date}: pokok {principal}, bunga {interest}</source>
        <translation>{date}: principal {principal}, interest {interest}</translation>
    </message>
    <message>
        <source>Jurnal balik angsuran dicatat.</source>
        <translation>Reversing repayment recorded.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.

Rinciannya ditulis di {log}. Bila kesalahan berulang, kirim berkas itu kepada pengelola aplikasi.</source>
        <translation>An unexpected error occurred. Data already saved is safe.

The details were written to {log}. If the error happens again, send that file to whoever looks after the application.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Hapus tanggal (tidak diketahui)</source>
        <translation>Remove the date (unknown)</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Pusat layanan contoh</source>
        <translation>Demo centre</translation>
    </message>
    <message>
        <source>Data rekaan untuk mencoba aplikasi. Semua nama dan nomor di dalamnya tidak nyata.</source>
        <translation>Made-up data to try the application. None of its names and numbers are real.</translation>
    </message>
    <message>
        <source>Menyiapkan...</source>
        <translation>Preparing...</translation>
    </message>
    <message numerus="yes">
        <source>Membuat pusat layanan contoh dan %n penduduk rekaan...</source>
        <translation>
            <numerusform>Creating the demo centre and %n made-up villager...</numerusform>
            <numerusform>Creating the demo centre and %n made-up villagers...</numerusform>
        </translation>
    </message>
    <message>
        <source>Selesai. Pusat layanan contoh siap dipakai.</source>
        <translation>Done. The demo centre is ready.</translation>
    </message>
    <message>
        <source>Untuk masuk lagi nanti: nama pengguna {user}, kata sandi {password}</source>
        <translation>To log in again later: user name {user}, password {password}</translation>
    </message>
    <message>
        <source>Pembuat data contoh belum tersedia di versi ini.</source>
        <translation>The demo data generator is not available in this version yet.</translation>
    </message>
    <message>
        <source>Sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk.</source>
        <translation>There is already centre data at {path}. Close the application and open it again to log in.</translation>
    </message>
    <message>
        <source>Pusat layanan contoh tidak dapat dibuat.</source>
        <translation>The demo centre could not be created.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Dokumen: {document}</source>
        <translation>Document: {document}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Tanggal terbit</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Tanggal habis berlaku</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Dokumen perjalanan: {name}</source>
        <translation>Journey documents: {name}</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Habis berlaku</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>* wajib terverifikasi sebelum keberangkatan prosedural. Merah: sudah habis berlaku. Kuning: habis dalam 90 hari.</source>
        <translation>* must be verified before a procedural departure. Red: expired. Amber: expires within 90 days.</translation>
    </message>
    <message>
        <source>Ubah dokumen</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <source>Lampirkan scan/foto</source>
        <translation>Attach scan/photo</translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>dokumen-perjalanan</source>
        <translation>journey-documents</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dokumen disimpan.</source>
        <translation>Document saved.</translation>
    </message>
    <message>
        <source>Pilih scan atau foto dokumen</source>
        <translation>Choose a scan or photo of the document</translation>
    </message>
    <message>
        <source>Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Menyalin lampiran...</source>
        <translation>Copying the attachment...</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan: {error}</source>
        <translation>The attachment could not be saved: {error}</translation>
    </message>
    <message>
        <source>Lampiran disimpan.</source>
        <translation>Attachment saved.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Mungkin orang ini sudah terdaftar. Periksa dulu agar tidak ada data ganda:</source>
        <translation>This person may already be registered. Check first so that there are no duplicate records:</translation>
    </message>
    <message>
        <source>NIK sama</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <source>nama mirip dan tanggal lahir sama</source>
        <translation>similar name and same date of birth</translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <source>tanpa NIK</source>
        <translation>no NIK</translation>
    </message>
    <message>
        <source>lahir {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>Dusun {dusun}</source>
        <translation>Hamlet {dusun}</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Buka data {name} yang sudah terdaftar</source>
        <translation>Open the registered record of {name}</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Simpan data ini, lalu gabungkan dengan data {name}</source>
        <translation>Save this record, then merge it with the record of {name}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Daftarkan anak</source>
        <translation>Enrol a child</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Wali / pengasuh</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Orang tua di luar negeri</source>
        <translation>Parent abroad</translation>
    </message>
    <message>
        <source>Tanggal masuk</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Pilih anaknya dari hasil pencarian.</source>
        <translation>Pick the child from the search results.</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>Ubah usaha: {name}</source>
        <translation>Edit business: {name}</translation>
    </message>
    <message>
        <source>Tambah usaha</source>
        <translation>Add business</translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation>- choose -</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Sektor usaha</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sumber modal</source>
        <translation>Capital source</translation>
    </message>
    <message>
        <source>Status usaha</source>
        <translation>Business status</translation>
    </message>
    <message>
        <source>Mulai usaha</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>misalnya keripik singkong, kopi bubuk</source>
        <translation>e.g. cassava chips, ground coffee</translation>
    </message>
    <message>
        <source>Produk diekspor</source>
        <translation>Products are exported</translation>
    </message>
    <message>
        <source>Pilih pemiliknya dari hasil pencarian.</source>
        <translation>Pick the owner from the search results.</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>Pertanian</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Peternakan</source>
        <translation>Livestock</translation>
    </message>
    <message>
        <source>Perikanan</source>
        <translation>Fisheries</translation>
    </message>
    <message>
        <source>Makanan dan minuman</source>
        <translation>Food and drink</translation>
    </message>
    <message>
        <source>Kerajinan</source>
        <translation>Crafts</translation>
    </message>
    <message>
        <source>Perdagangan</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Remitansi</source>
        <translation>Remittances</translation>
    </message>
    <message>
        <source>Tabungan sendiri</source>
        <translation>Own savings</translation>
    </message>
    <message>
        <source>Pinjaman koperasi</source>
        <translation>Cooperative loan</translation>
    </message>
    <message>
        <source>Pinjaman bank (KUR)</source>
        <translation>Bank loan (KUR)</translation>
    </message>
    <message>
        <source>Bantuan pemerintah</source>
        <translation>Government aid</translation>
    </message>
    <message>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Berhenti sementara</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Usaha Produktif</source>
        <translation>Productive Enterprises</translation>
    </message>
    <message>
        <source>Status usaha</source>
        <translation>Business status</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Saring nama usaha, pemilik, produk...</source>
        <translation>Filter business, owner, products...</translation>
    </message>
    <message>
        <source>Tambah usaha</source>
        <translation>Add business</translation>
    </message>
    <message>
        <source>Ubah usaha</source>
        <translation>Edit business</translation>
    </message>
    <message>
        <source>Catat laporan bulanan</source>
        <translation>Record monthly report</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sumber modal</source>
        <translation>Capital source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Produk</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>usaha-produktif</source>
        <translation>enterprises</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Omzet</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Laporan bulanan: pilih usaha di atas.</source>
        <translation>Monthly reports: choose a business above.</translation>
    </message>
    <message>
        <source>laporan-usaha</source>
        <translation>business-reports</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tambah pelatihan</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Keluarkan peserta</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Hapus peserta yang terdaftar karena keliru</source>
        <translation>Remove a participant enrolled by mistake</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Judul pelatihan</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>pelatihan-kewirausahaan</source>
        <translation>entrepreneurship-trainings</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>peserta-pelatihan</source>
        <translation>training-participants</translation>
    </message>
    <message>
        <source>Peserta: pilih pelatihan.</source>
        <translation>Participants: choose a training.</translation>
    </message>
    <message>
        <source>Usaha dan laporan</source>
        <translation>Businesses and reports</translation>
    </message>
    <message>
        <source>Pelatihan kewirausahaan</source>
        <translation>Entrepreneurship training</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message numerus="yes">
        <source>%n usaha</source>
        <translation>
            <numerusform>%n business</numerusform>
            <numerusform>%n businesses</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} dari {total} usaha</source>
        <translation>{shown} of {total} businesses</translation>
    </message>
    <message>
        <source>Laporan bulanan: {name}</source>
        <translation>Monthly reports: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Peserta {title}: %n orang</source>
        <translation>
            <numerusform>Participants of {title}: %n person</numerusform>
            <numerusform>Participants of {title}: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Usaha {name} dicatat.</source>
        <translation>Business {name} recorded.</translation>
    </message>
    <message>
        <source>Laporan {period} dicatat.</source>
        <translation>Report for {period} recorded.</translation>
    </message>
    <message>
        <source>Tambah peserta: {title}</source>
        <translation>Add participant: {title}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Nama, NIK, telepon, tempat dan tanggal lahir (tahunnya disimpan), KK, nomor dokumen, catatan dan lampiran orang ini dihapus dari semua data dan riwayatnya, di laptop ini, di server dan di laptop lain pusat layanan. Yang tersisa hanya angka untuk statistik. Ini tidak bisa dibatalkan.</source>
        <translation>This person&apos;s name, NIK, phone, place and date of birth (the year is kept), family card, document numbers, notes and attachments are erased from every record and its history, on this laptop, on the server and on the centre&apos;s other laptops. Only figures for statistics remain. This cannot be undone.</translation>
    </message>
    <message>
        <source>mis. permintaan yang bersangkutan, tanggal surat</source>
        <translation>e.g. the person&apos;s request, date of the letter</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Berkas ekspor tidak dilindungi kata sandi.</source>
        <translation>Exported files are not password-protected.</translation>
    </message>
    <message>
        <source>Simpan daftar seperti yang tampil.</source>
        <translation>Save the list as shown.</translation>
    </message>
    <message>
        <source>Buku kerja Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Teks CSV</source>
        <translation>CSV text</translation>
    </message>
    <message>
        <source>Simpan ekspor</source>
        <translation>Save export</translation>
    </message>
    <message>
        <source>Mengekspor...</source>
        <translation>Exporting...</translation>
    </message>
    <message numerus="yes">
        <source>%n baris diekspor ke {path}.</source>
        <translation>
            <numerusform>%n row exported to {path}.</numerusform>
            <numerusform>%n rows exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Perhatian: berkas ini tidak dilindungi kata sandi. Simpan di tempat aman dan hapus bila tidak diperlukan lagi.</source>
        <translation>Note: this file is not password-protected. Keep it somewhere safe and delete it when no longer needed.</translation>
    </message>
    <message>
        <source>Ekspor gagal: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Pilih berkas...</source>
        <translation>Choose a file...</translation>
    </message>
    <message>
        <source>Pilih scan atau foto formulir persetujuan</source>
        <translation>Choose a scan or photo of the consent form</translation>
    </message>
    <message>
        <source>Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Desmigratif - Persiapan pertama</source>
        <translation>Desmigratif - First setup</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Tindak lanjut: {name}</source>
        <translation>Follow-up: {name}</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.</source>
        <translation>required. Press Enter to save, Esc to cancel.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>misalnya 50.000</source>
        <translation>e.g. 50.000</translation>
    </message>
    <message>
        <source>Menyimpan...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Data yang Anda ketik belum disimpan. Buang perubahan ini?</source>
        <translation>What you typed is not saved. Discard these changes?</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Riwayat: {what}</source>
        <translation>History: {what}</translation>
    </message>
    <message>
        <source>riwayat</source>
        <translation>history</translation>
    </message>
    <message>
        <source>Semua perubahan data ini, yang terbaru di atas. Kata sandi tidak pernah ditampilkan.</source>
        <translation>Every change of this record, newest first. Passwords are never shown.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Perubahan terakhir di pusat layanan ini ({limit} catatan terbaru): siapa, kapan, kolom apa, dari apa menjadi apa.</source>
        <translation>Latest changes at this centre (the {limit} most recent entries): who, when, which field, from what to what.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Baca lagi perubahan terbaru (F5)</source>
        <translation>Read the latest changes again (F5)</translation>
    </message>
    <message>
        <source>riwayat-perubahan</source>
        <translation>change-history</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Pusat layanan</source>
        <translation>Service centre</translation>
    </message>
    <message>
        <source>Akun petugas</source>
        <translation>Officer account</translation>
    </message>
    <message>
        <source>Keluarga (KK)</source>
        <translation>Household (KK)</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Perjalanan migrasi</source>
        <translation>Migration journey</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sosialisasi</source>
        <translation>Information session</translation>
    </message>
    <message>
        <source>Peserta sosialisasi</source>
        <translation>Information session participant</translation>
    </message>
    <message>
        <source>Konsultasi</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Kasus perlindungan</source>
        <translation>Protection case</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Laporan usaha</source>
        <translation>Business report</translation>
    </message>
    <message>
        <source>Pelatihan usaha</source>
        <translation>Business training</translation>
    </message>
    <message>
        <source>Peserta pelatihan usaha</source>
        <translation>Business training participant</translation>
    </message>
    <message>
        <source>Anak (parenting)</source>
        <translation>Child (parenting)</translation>
    </message>
    <message>
        <source>Sesi parenting</source>
        <translation>Parenting session</translation>
    </message>
    <message>
        <source>Kehadiran parenting</source>
        <translation>Parenting attendance</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Anggota koperasi</source>
        <translation>Cooperative member</translation>
    </message>
    <message>
        <source>Simpanan</source>
        <translation>Savings entry</translation>
    </message>
    <message>
        <source>Pinjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Angsuran</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <source>Pelatihan BLK</source>
        <translation>BLK training</translation>
    </message>
    <message>
        <source>Peserta BLK</source>
        <translation>BLK participant</translation>
    </message>
    <message>
        <source>Sertifikat kompetensi</source>
        <translation>Competency certificate</translation>
    </message>
    <message>
        <source>Persetujuan data pribadi</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Saring: nama petugas, kolom, nilai...</source>
        <translation>Filter: officer, field, value...</translation>
    </message>
    <message>
        <source>Saring riwayat</source>
        <translation>Filter the history</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Catatan pemeriksaan</source>
        <translation>Check notes</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Memuat riwayat...</source>
        <translation>Loading history...</translation>
    </message>
    <message>
        <source>Riwayat tidak dapat dibaca: {error}</source>
        <translation>The history could not be read: {error}</translation>
    </message>
    <message>
        <source>Belum ada perubahan yang tercatat.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan kolom</source>
        <translation>
            <numerusform>%n field change</numerusform>
            <numerusform>%n field changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} perubahan kolom cocok</source>
        <translation>
            <numerusform>%n of {total} field changes match</numerusform>
            <numerusform>%n of {total} field changes match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Baca lagi semua angka dan pengingat (F5)</source>
        <translation>Read all figures and reminders again (F5)</translation>
    </message>
    <message>
        <source>Penduduk terdaftar</source>
        <translation>People registered</translation>
    </message>
    <message>
        <source>Calon pekerja migran</source>
        <translation>Prospective migrant workers</translation>
    </message>
    <message>
        <source>Sedang di luar negeri</source>
        <translation>Abroad now</translation>
    </message>
    <message>
        <source>Sudah pulang</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Kasus perlindungan terbuka</source>
        <translation>Open protection cases</translation>
    </message>
    <message>
        <source>Usaha aktif</source>
        <translation>Active businesses</translation>
    </message>
    <message>
        <source>Anak terdaftar (parenting)</source>
        <translation>Children enrolled (parenting)</translation>
    </message>
    <message>
        <source>Anggota koperasi</source>
        <translation>Cooperative members</translation>
    </message>
    <message>
        <source>Saldo simpanan koperasi</source>
        <translation>Cooperative savings balance</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Kabar terakhir</source>
        <translation>Last heard</translation>
    </message>
    <message>
        <source>Lama tanpa kabar</source>
        <translation>Silent for</translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Buka Layanan Migrasi</source>
        <translation>Open Migration Services</translation>
    </message>
    <message>
        <source>Buka Perlindungan</source>
        <translation>Open Protection</translation>
    </message>
    <message>
        <source>Buka Koperasi</source>
        <translation>Open Cooperative</translation>
    </message>
    <message>
        <source>Buka Penduduk</source>
        <translation>Open People</translation>
    </message>
    <message>
        <source>Pengingat</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Keberangkatan dan kepulangan per bulan</source>
        <translation>Departures and returns per month</translation>
    </message>
    <message>
        <source>Kasus perlindungan menurut jenis</source>
        <translation>Protection cases by type</translation>
    </message>
    <message numerus="yes">
        <source>sudah habis %n hari</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>habis hari ini</source>
        <translation>expires today</translation>
    </message>
    <message numerus="yes">
        <source>%n hari lagi</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen habis ({count})</source>
        <translation>Documents expiring ({count})</translation>
    </message>
    <message>
        <source>Tindak lanjut ({count})</source>
        <translation>Follow-ups ({count})</translation>
    </message>
    <message>
        <source>Tanpa kabar ({count})</source>
        <translation>No contact ({count})</translation>
    </message>
    <message>
        <source>Tunggakan ({count})</source>
        <translation>Arrears ({count})</translation>
    </message>
    <message>
        <source>Tanpa persetujuan ({count})</source>
        <translation>Without consent ({count})</translation>
    </message>
    <message>
        <source>Dokumen perjalanan yang masih berjalan dan habis masa berlakunya dalam {days} hari, termasuk yang sudah habis.</source>
        <translation>Documents of ongoing journeys expiring within {days} days, already expired ones included.</translation>
    </message>
    <message>
        <source>Tindak lanjut kasus yang belum selesai dan sudah jatuh tempo.</source>
        <translation>Case follow-ups not done and due.</translation>
    </message>
    <message>
        <source>Orang di luar negeri tanpa kontak tercatat selama {months} bulan (atau sejak berangkat).</source>
        <translation>People abroad with no contact recorded for {months} months (or since departure).</translation>
    </message>
    <message>
        <source>Pinjaman koperasi dengan angsuran yang sudah jatuh tempo belum dibayar.</source>
        <translation>Cooperative loans with instalments due and not paid.</translation>
    </message>
    <message>
        <source>Penduduk yang belum punya persetujuan pemrosesan data pribadi yang berlaku (UU 27/2022). Di halaman Penduduk, centang &quot;Tanpa persetujuan&quot;.</source>
        <translation>People with no consent in force to process their personal data (UU 27/2022). On the People page, tick &quot;Without consent&quot;.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>Beranda tidak dapat dimuat: {error}</source>
        <translation>The home page could not be loaded: {error}</translation>
    </message>
    <message>
        <source>Diperbarui {date}</source>
        <translation>Updated {date}</translation>
    </message>
    <message>
        <source>Keberangkatan dan kepulangan per bulan ({first} - {last})</source>
        <translation>Departures and returns per month ({first} - {last})</translation>
    </message>
    <message>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>LetterPrinter</name>
    <message>
        <source>Simpan surat</source>
        <translation>Save letter</translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Membuat surat...</source>
        <translation>Creating the letter...</translation>
    </message>
    <message>
        <source>Surat tersimpan di {path}. Cetak, tanda tangani, dan beri nomor surat.</source>
        <translation>Letter saved to {path}. Print it, sign it, and give it a letter number.</translation>
    </message>
    <message>
        <source>Surat tidak bisa dibuat: {error}. Pilih folder lain.</source>
        <translation>The letter could not be created: {error}. Choose another folder.</translation>
    </message>
    <message>
        <source>Cetak surat</source>
        <translation>Print letter</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Beri pinjaman: {name}</source>
        <translation>Grant a loan: {name}</translation>
    </message>
    <message>
        <source>Pokok pinjaman (Rp)</source>
        <translation>Loan principal (Rp)</translation>
    </message>
    <message>
        <source>Bunga per bulan (flat)</source>
        <translation>Monthly interest (flat)</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>bulan</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Tanggal pencairan</source>
        <translation>Disbursement date</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Aplikasi dikunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan.</source>
        <translation>The application was locked because it was not used for a while. Log in again to continue.</translation>
    </message>
    <message>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Tampilkan kata sandi</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Lupa semua kata sandi?</source>
        <translation>Forgot every password?</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Fill in the user name and the password.</translation>
    </message>
    <message>
        <source>Memeriksa...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>Data tidak dapat dibuka: {error}</source>
        <translation>The data cannot be opened: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Masuk (%n)</source>
        <translation>
            <numerusform>Log in (%n)</numerusform>
            <numerusform>Log in (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desmigratif</source>
        <translation>Desmigratif</translation>
    </message>
    <message>
        <source>Menu halaman</source>
        <translation>Page menu</translation>
    </message>
    <message>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Kunci sekarang (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Petugas lain masuk tanpa menutup aplikasi</source>
        <translation>Another officer logs in without closing the application</translation>
    </message>
    <message>
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Belum tersinkron</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Buka halaman Sinkronisasi untuk rinciannya.</source>
        <translation>Open the Sync page for details.</translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Layanan Migrasi</source>
        <translation>Migration Services</translation>
    </message>
    <message>
        <source>Perlindungan</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Usaha Produktif</source>
        <translation>Productive Enterprise</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Ringkasan per pilar, pengingat dokumen yang akan habis masa berlakunya, dan grafik keberangkatan.</source>
        <translation>A summary per pillar, reminders of documents about to expire, and charts of departures.</translation>
    </message>
    <message>
        <source>Tahapan perjalanan calon pekerja migran dan daftar periksa dokumennya.</source>
        <translation>The stages of a prospective migrant worker&apos;s journey and the document checklist.</translation>
    </message>
    <message>
        <source>Kasus perlindungan, rujukan ke mitra, dan tindak lanjutnya.</source>
        <translation>Protection cases, referrals to partners, and their follow-ups.</translation>
    </message>
    <message>
        <source>Usaha keluarga pekerja migran dan purna pekerja migran, dengan laporan bulanannya.</source>
        <translation>Enterprises of migrant workers&apos; families and returnees, with their monthly reports.</translation>
    </message>
    <message>
        <source>Anak, wali, sesi parenting, dan daftar hadir.</source>
        <translation>Children, guardians, parenting sessions, and attendance.</translation>
    </message>
    <message>
        <source>Anggota, simpanan, pinjaman, dan angsuran koperasi.</source>
        <translation>The cooperative&apos;s members, savings, loans, and repayments.</translation>
    </message>
    <message>
        <source>Pelatihan BLK, peserta, dan sertifikat.</source>
        <translation>BLK trainings, participants, and certificates.</translation>
    </message>
    <message>
        <source>Siapa mengubah apa dan kapan, untuk setiap data.</source>
        <translation>Who changed what and when, for every record.</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>pengawas</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Pengguna: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <source>Pusat layanan: {name} - {village}</source>
        <translation>Centre: {name} - {village}</translation>
    </message>
    <message>
        <source>Cadangan harian dibuat.</source>
        <translation>Daily backup made.</translation>
    </message>
    <message>
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
    <message>
        <source>Memulihkan cadangan...</source>
        <translation>Restoring backup...</translation>
    </message>
    <message>
        <source>Pemulihan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan. Silakan masuk lagi.</source>
        <translation>Backup restored. Please log in again.</translation>
    </message>
    <message>
        <source>Data sebelumnya disimpan di {path}.</source>
        <translation>The previous data was saved in {path}.</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Cadangan tidak dipulihkan; data tetap seperti sebelumnya.

{error}</source>
        <translation>The backup was not restored; the data is unchanged.

{error}</translation>
    </message>
    <message>
        <source>Desmigratif - {name}</source>
        <translation>Desmigratif - {name}</translation>
    </message>
    <message>
        <source>Sinkron terakhir {when}</source>
        <translation>Last synced {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan menunggu</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Laptop ini belum terdaftar ke server pusat.</source>
        <translation>This laptop is not enrolled with the central server.</translation>
    </message>
    <message>
        <source>Kesalahan terakhir: {error}</source>
        <translation>Last error: {error}</translation>
    </message>
    <message>
        <source>Sinkronisasi otomatis berjalan...</source>
        <translation>Automatic sync running...</translation>
    </message>
    <message>
        <source>Sinkronisasi berjalan...</source>
        <translation>Sync running...</translation>
    </message>
    <message>
        <source>Keluar aplikasi</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Tambah anggota koperasi</source>
        <translation>Add a cooperative member</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Nomor anggota</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Tanggal masuk</source>
        <translation>Joining date</translation>
    </message>
    <message>
        <source>Pilih orangnya dari hasil pencarian.</source>
        <translation>Pick the person from the search results.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gabungkan data ganda</source>
        <translation>Merge duplicate records</translation>
    </message>
    <message>
        <source>Data di kanan digabung ke data di kiri. Perjalanan, dokumen, kasus, pelatihan, usaha, anak dan keanggotaan koperasinya pindah ke data di kiri; kolom yang kosong di kiri diisi dari kanan. Data di kanan lalu disembunyikan dari daftar, tetapi tetap tercatat di riwayat.</source>
        <translation>The record on the right is merged into the record on the left. Its journeys, documents, cases, trainings, businesses, children and cooperative memberships move to the record on the left; fields that are empty on the left are filled from the right. The record on the right is then hidden from the list, but stays in the history.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Dipertahankan</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Digabung (data ganda)</source>
        <translation>Merged (duplicate)</translation>
    </message>
    <message>
        <source>Tukar kiri dan kanan</source>
        <translation>Swap left and right</translation>
    </message>
    <message>
        <source>Pertahankan data yang di kanan, gabungkan yang di kiri</source>
        <translation>Keep the record on the right, merge the one on the left</translation>
    </message>
    <message>
        <source>misalnya: orang yang sama, dicocokkan dengan KTP dan KK</source>
        <translation>e.g. the same person, checked against the ID card and family card</translation>
    </message>
    <message>
        <source>Alasan penggabungan</source>
        <translation>Reason for merging</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memuat kedua data...</source>
        <translation>Loading both records...</translation>
    </message>
    <message>
        <source>{value} (dari data ganda)</source>
        <translation>{value} (from the duplicate)</translation>
    </message>
    <message>
        <source>Menggabungkan...</source>
        <translation>Merging...</translation>
    </message>
</context>
<context>
    <name>MigrationPage</name>
    <message>
        <source>Belum ada</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Kontrak kerja berakhir</source>
        <translation>Contract ended</translation>
    </message>
    <message>
        <source>Cuti</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Pemutusan hubungan kerja (PHK)</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Kecelakaan atau sakit</source>
        <translation>Accident or illness</translation>
    </message>
    <message>
        <source>Mengalami kekerasan</source>
        <translation>Abuse</translation>
    </message>
    <message>
        <source>Perang, bencana, atau wabah</source>
        <translation>War, disaster or epidemic</translation>
    </message>
    <message>
        <source>Dideportasi</source>
        <translation>Deported</translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>SUDAH HABIS BERLAKU</source>
        <translation>EXPIRED</translation>
    </message>
    <message>
        <source>habis hari ini</source>
        <translation>expires today</translation>
    </message>
    <message>
        <source>habis besok</source>
        <translation>expires tomorrow</translation>
    </message>
    <message>
        <source>habis dalam {days} hari</source>
        <translation>expires in {days} days</translation>
    </message>
    <message>
        <source>Daftarkan perjalanan migrasi</source>
        <translation>Register a migration journey</translation>
    </message>
    <message>
        <source>Daftarkan</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Layanan Migrasi</source>
        <translation>Migration Services</translation>
    </message>
    <message>
        <source>Semua tahap</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Saring menurut tahap</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>Saring nama, NIK, negara...</source>
        <translation>Filter by name, NIK, country...</translation>
    </message>
    <message>
        <source>Saring perjalanan</source>
        <translation>Filter journeys</translation>
    </message>
    <message>
        <source>Daftarkan perjalanan</source>
        <translation>Register journey</translation>
    </message>
    <message>
        <source>Pindah tahap</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Surat rekomendasi desa</source>
        <translation>Village recommendation letter</translation>
    </message>
    <message>
        <source>Surat izin keluarga</source>
        <translation>Family consent letter</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Prosedural</source>
        <translation>Procedural</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>perjalanan-migrasi</source>
        <translation>migration-journeys</translation>
    </message>
    <message>
        <source>Tahap:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>Belum ada perjalanan pada tahap ini.</source>
        <translation>No journeys at this stage yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n perjalanan</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} perjalanan cocok</source>
        <translation>
            <numerusform>%n of {total} journeys match</numerusform>
            <numerusform>%n of {total} journeys match</numerusform>
        </translation>
    </message>
    <message>
        <source>surat-rekomendasi {name}</source>
        <translation>recommendation-letter {name}</translation>
    </message>
    <message>
        <source>surat-izin-keluarga {name}</source>
        <translation>family-consent-letter {name}</translation>
    </message>
    <message>
        <source>Perjalanan didaftarkan, dengan daftar periksa dokumennya.</source>
        <translation>Journey registered, with its document checklist.</translation>
    </message>
    <message>
        <source>Tahap diubah menjadi {stage}.</source>
        <translation>Stage changed to {stage}.</translation>
    </message>
    <message>
        <source>Dicatat sebagai keberangkatan NON-PROSEDURAL.</source>
        <translation>Recorded as a NON-PROCEDURAL departure.</translation>
    </message>
</context>
<context>
    <name>NewCentrePage</name>
    <message>
        <source>Pusat layanan baru</source>
        <translation>New centre</translation>
    </message>
    <message>
        <source>Pilih desa tempat pusat layanan berada, lalu buat akun admin pertama.</source>
        <translation>Choose the village of the centre, then create the first admin account.</translation>
    </message>
    <message>
        <source>Huruf kecil, angka, titik, garis bawah atau tanda hubung</source>
        <translation>Lower-case letters, digits, dots, underscores or hyphens</translation>
    </message>
    <message>
        <source>minimal 8 karakter</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Nama pusat layanan</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <source>Nama pengguna admin</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <source>Nama lengkap admin</source>
        <translation>Admin&apos;s full name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>&amp;Buat pusat layanan</source>
        <translation>&amp;Create the centre</translation>
    </message>
    <message>
        <source>Desmigratif {village}</source>
        <translation>Desmigratif {village}</translation>
    </message>
    <message>
        <source>Pilih desa dari daftar hasil pencarian.</source>
        <translation>Choose the village from the search results.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama. Ketik ulang keduanya.</source>
        <translation>The two passwords differ. Type both again.</translation>
    </message>
    <message>
        <source>Membuat pusat layanan...</source>
        <translation>Creating the centre...</translation>
    </message>
    <message>
        <source>Pusat layanan dibuat.</source>
        <translation>The centre was created.</translation>
    </message>
    <message>
        <source>Pusat layanan tidak dapat dibuat: {error}</source>
        <translation>The centre could not be created: {error}</translation>
    </message>
    <message>
        <source>sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk.</source>
        <translation>there is already centre data at {path}. Close the application and open it again to log in.</translation>
    </message>
</context>
<context>
    <name>ParentingPage</name>
    <message>
        <source>Ayah</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Ibu</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Keduanya</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Kegiatan anak</source>
        <translation>Children&apos;s activity</translation>
    </message>
    <message>
        <source>Kelas pengasuhan</source>
        <translation>Parenting class</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <source>Saring nama anak atau wali...</source>
        <translation>Filter by child or guardian...</translation>
    </message>
    <message>
        <source>Daftarkan anak</source>
        <translation>Enrol a child</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nama anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Wali</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Orang tua di LN</source>
        <translation>Parent abroad</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>anak-parenting</source>
        <translation>parenting-children</translation>
    </message>
    <message>
        <source>Tambah sesi</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Isi daftar hadir</source>
        <translation>Take attendance</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>sesi-parenting</source>
        <translation>parenting-sessions</translation>
    </message>
    <message>
        <source>Sesi</source>
        <translation>Sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n anak</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sesi</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Anak didaftarkan.</source>
        <translation>Child enrolled.</translation>
    </message>
    <message>
        <source>Sesi dicatat.</source>
        <translation>Session recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Daftar hadir disimpan (%n tanda baru).</source>
        <translation>
            <numerusform>Attendance saved (%n new mark).</numerusform>
            <numerusform>Attendance saved (%n new marks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Pilih pesertanya dari hasil pencarian.</source>
        <translation>Pick the participant from the search results.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Penduduk</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cari nama, NIK, atau No. KK...</source>
        <translation>Search a name, NIK or family card number...</translation>
    </message>
    <message>
        <source>Cari penduduk</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Daftarkan penduduk baru (Ctrl+N)</source>
        <translation>Register a new villager (Ctrl+N)</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Semua data orang yang dipilih: keluarga, perjalanan, kasus... (Enter)</source>
        <translation>Everything about the selected person: household, journeys, cases... (Enter)</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ubah identitas orang yang dipilih</source>
        <translation>Edit the selected person&apos;s identity</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Siapa mengubah data orang yang dipilih, dan kapan</source>
        <translation>Who changed the selected person&apos;s data, and when</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Calon pekerja migran</source>
        <translation>Prospective migrant workers</translation>
    </message>
    <message>
        <source>Di luar negeri</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Purna (sudah pulang)</source>
        <translation>Returned (back home)</translation>
    </message>
    <message>
        <source>Menurut perjalanan migrasi terakhir orang itu</source>
        <translation>By the person&apos;s latest migration journey</translation>
    </message>
    <message>
        <source>Semua dusun</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Umur paling rendah</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>Umur paling tinggi</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>Tanpa &amp;persetujuan</source>
        <translation>Without &amp;consent</translation>
    </message>
    <message>
        <source>Hanya orang yang belum punya persetujuan pemrosesan data pribadi yang berlaku</source>
        <translation>Only people with no consent in force to process their personal data</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>D&amp;usun:</source>
        <translation>&amp;Hamlet:</translation>
    </message>
    <message>
        <source>&amp;L/P:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <source>U&amp;mur:</source>
        <translation>&amp;Age:</translation>
    </message>
    <message>
        <source>tahun</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok dengan pencarian dan saringan ini. Coba hapus saringan.</source>
        <translation>Nobody matches this search and these filters. Try clearing the filters.</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok dengan &quot;{query}&quot;. Periksa ejaan, atau cari dengan NIK atau No. KK.</source>
        <translation>Nobody matches &quot;{query}&quot;. Check the spelling, or search by NIK or family card number.</translation>
    </message>
    <message>
        <source>Belum ada data penduduk. Klik &quot;Tambah orang&quot; untuk mulai.</source>
        <translation>No people registered yet. Click &quot;Add person&quot; to start.</translation>
    </message>
    <message>
        <source>(gulir ke bawah untuk memuat lebih banyak)</source>
        <translation>(scroll down to load more)</translation>
    </message>
    <message numerus="yes">
        <source>%n orang cocok</source>
        <translation>
            <numerusform>%n person matches</numerusform>
            <numerusform>%n people match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan %n dari {total} orang terdaftar</source>
        <translation>
            <numerusform>Showing %n of {total} registered people</numerusform>
            <numerusform>Showing %n of {total} registered people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan %n orang</source>
        <translation>
            <numerusform>Showing %n person</numerusform>
            <numerusform>Showing %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Data ganda digabung.</source>
        <translation>Duplicate records merged.</translation>
    </message>
    <message>
        <source>Data {name} disimpan, tetapi perlu diperiksa:</source>
        <translation>{name} was saved, but needs checking:</translation>
    </message>
    <message>
        <source>Data {name} disimpan.</source>
        <translation>{name} was saved.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Daftar tidak dapat dimuat: {error}</source>
        <translation>The list could not be loaded: {error}</translation>
    </message>
    <message>
        <source>Nomor Induk Kependudukan (16 angka, dari KTP atau KK)</source>
        <translation>National identity number (16 digits, from the ID card or family card)</translation>
    </message>
    <message>
        <source>Jenis kelamin: L laki-laki, P perempuan</source>
        <translation>Sex: L male, P female</translation>
    </message>
    <message>
        <source>Nomor Kartu Keluarga</source>
        <translation>Family card (KK) number</translation>
    </message>
    <message>
        <source>Hal yang perlu diperiksa pada data orang ini</source>
        <translation>What needs checking in this person&apos;s record</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Tanda</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Belum ada NIK</source>
        <translation>No NIK yet</translation>
    </message>
    <message>
        <source>Kode wilayah NIK lama</source>
        <translation>Old region code in NIK</translation>
    </message>
    <message>
        <source>Tgl. lahir beda dengan NIK</source>
        <translation>Birth date differs from NIK</translation>
    </message>
    <message>
        <source>L/P beda dengan NIK</source>
        <translation>Sex differs from NIK</translation>
    </message>
    <message>
        <source>NIK belum diisi: lengkapi setelah KTP atau KK tersedia.</source>
        <translation>No NIK yet: complete it once the ID card or family card is available.</translation>
    </message>
    <message>
        <source>Kode wilayah di NIK tidak ada di daftar sekarang: cocokkan dengan KTP.</source>
        <translation>The region code in the NIK is not in the current list: compare with the ID card.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak sama dengan tanggal di NIK: cocokkan dengan KTP.</source>
        <translation>The birth date differs from the date in the NIK: compare with the ID card.</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak sesuai dengan NIK: cocokkan dengan KTP.</source>
        <translation>The sex does not match the NIK: compare with the ID card.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ubah data penduduk</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Tambah penduduk</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>16 angka, dari KTP atau KK</source>
        <translation>16 digits, from the ID card or family card</translation>
    </message>
    <message>
        <source>Nama lengkap sesuai KTP</source>
        <translation>Full name as on the ID card</translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation>- choose -</translation>
    </message>
    <message>
        <source>misalnya 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>- belum diisi -</source>
        <translation>- not filled in -</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Hubungan dalam keluarga</source>
        <translation>Relationship in household</translation>
    </message>
    <message>
        <source>wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.</source>
        <translation>required. Press Enter to save, Esc to cancel.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Siapa mengubah data ini, dan kapan</source>
        <translation>Who changed this record, and when</translation>
    </message>
    <message>
        <source>Menyimpan...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Data yang Anda ketik belum disimpan. Buang perubahan ini?</source>
        <translation>What you typed has not been saved. Discard these changes?</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Data penduduk</source>
        <translation>Person record</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>Catat persetujuan...</source>
        <translation>Record consent...</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>riwayat</source>
        <translation>history</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ubah identitas orang ini</source>
        <translation>Edit this person&apos;s identity</translation>
    </message>
    <message>
        <source>Gabungkan dengan...</source>
        <translation>Merge with...</translation>
    </message>
    <message>
        <source>Orang ini terdaftar dua kali? Pilih data lainnya lalu gabungkan</source>
        <translation>Is this person registered twice? Choose the other record, then merge</translation>
    </message>
    <message>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Ekspor semua data orang ini...</source>
        <translation>Export everything about this person...</translation>
    </message>
    <message>
        <source>Hapus data pribadi orang ini...</source>
        <translation>Erase this person&apos;s personal data...</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Keluarga (KK)</source>
        <translation>Household (KK)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Perjalanan</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Prosedural</source>
        <translation>Procedural</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Hasil / nomor</source>
        <translation>Result / number</translation>
    </message>
    <message>
        <source>Usaha</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Sebagai</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Wali</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Orang tua di luar negeri</source>
        <translation>Parent abroad</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Pelatihan BLK</source>
        <translation>BLK training</translation>
    </message>
    <message>
        <source>Pelatihan usaha</source>
        <translation>Business training</translation>
    </message>
    <message>
        <source>Sosialisasi</source>
        <translation>Information session</translation>
    </message>
    <message>
        <source>Sertifikat kompetensi</source>
        <translation>Competency certificate</translation>
    </message>
    <message>
        <source>anak</source>
        <translation>child</translation>
    </message>
    <message>
        <source>wali</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>orang tua</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>Simpan semua data orang ini</source>
        <translation>Save everything about this person</translation>
    </message>
    <message>
        <source>Berkas JSON</source>
        <translation>JSON file</translation>
    </message>
    <message>
        <source>Mengumpulkan semua data...</source>
        <translation>Collecting all the data...</translation>
    </message>
    <message>
        <source>Semua data orang ini tersimpan di {path}. Berkas ini tidak dilindungi kata sandi: serahkan langsung kepada yang bersangkutan, lalu hapus salinannya.</source>
        <translation>Everything about this person was saved to {path}. The file is not password-protected: hand it to the person, then delete the copy.</translation>
    </message>
    <message>
        <source>Menghapus data pribadi...</source>
        <translation>Erasing personal data...</translation>
    </message>
    <message>
        <source>Data pribadi dihapus dari {records} catatan dan riwayatnya. Penghapusan ini tercatat dan ikut tersinkron.</source>
        <translation>Personal data erased from {records} records and their history. The erasure is recorded and syncs.</translation>
    </message>
    <message>
        <source>Data penduduk: {name}</source>
        <translation>Person record: {name}</translation>
    </message>
    <message>
        <source>Digabung dari</source>
        <translation>Merged from</translation>
    </message>
    <message>
        <source>Tanpa persetujuan: belum ada persetujuan pemrosesan data pribadi.</source>
        <translation>Without consent: no consent to process personal data yet.</translation>
    </message>
    <message>
        <source>Belum pernah mendaftar untuk bekerja ke luar negeri.</source>
        <translation>Has never registered to work abroad.</translation>
    </message>
    <message>
        <source>luar negeri</source>
        <translation>country not recorded</translation>
    </message>
    <message>
        <source>Sedang di luar negeri ({where}).</source>
        <translation>Abroad now ({where}).</translation>
    </message>
    <message>
        <source>Purna (sudah pulang, {date}).</source>
        <translation>Returned (back home, {date}).</translation>
    </message>
    <message>
        <source>Perjalanan terakhir dibatalkan.</source>
        <translation>The latest journey was cancelled.</translation>
    </message>
    <message>
        <source>Calon pekerja migran: {stage}.</source>
        <translation>Prospective migrant worker: {stage}.</translation>
    </message>
    <message>
        <source>Data digabung.</source>
        <translation>Records merged.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Ketik nama, NIK, atau No. KK...</source>
        <translation>Type a name, NIK or KK number...</translation>
    </message>
    <message>
        <source>Cari orang</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Hasil pencarian orang</source>
        <translation>People found</translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <source>Gabungkan dengan...</source>
        <translation>Merge with...</translation>
    </message>
    <message>
        <source>Cari data lain dari orang yang sama (nama, NIK, atau No. KK):</source>
        <translation>Search for another record of the same person (name, NIK or KK number):</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ini data yang sedang dibuka. Pilih data lainnya.</source>
        <translation>This is the record that is open. Choose the other record.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Halaman ini sedang disiapkan dan akan tersedia pada versi berikutnya.</source>
        <translation>This page is being prepared and comes in a later version.</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Ingin dipulangkan</source>
        <translation>Wants to go home</translation>
    </message>
    <message>
        <source>Gaji tidak dibayar</source>
        <translation>Unpaid wages</translation>
    </message>
    <message>
        <source>Dideportasi</source>
        <translation>Deported</translation>
    </message>
    <message>
        <source>Gagal berangkat</source>
        <translation>Failed to depart</translation>
    </message>
    <message>
        <source>Meninggal di luar negeri</source>
        <translation>Died abroad</translation>
    </message>
    <message>
        <source>Penipuan peluang kerja</source>
        <translation>Job fraud</translation>
    </message>
    <message>
        <source>Sakit</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Perdagangan orang (TPPO)</source>
        <translation>Human trafficking (TPPO)</translation>
    </message>
    <message>
        <source>Masalah jaminan sosial</source>
        <translation>Social security problem</translation>
    </message>
    <message>
        <source>Hilang kontak</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <source>Pekerjaan tidak sesuai perjanjian</source>
        <translation>Work not as contracted</translation>
    </message>
    <message>
        <source>Kekerasan dari majikan</source>
        <translation>Violence by the employer</translation>
    </message>
    <message>
        <source>Gangguan jiwa</source>
        <translation>Mental illness</translation>
    </message>
    <message>
        <source>Paspor ditahan</source>
        <translation>Passport withheld</translation>
    </message>
    <message>
        <source>Biaya penempatan berlebih</source>
        <translation>Overcharged placement fees</translation>
    </message>
    <message>
        <source>Pelecehan seksual</source>
        <translation>Sexual harassment</translation>
    </message>
    <message>
        <source>Melebihi izin tinggal (overstay)</source>
        <translation>Overstay</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Visa turis/umrah</source>
        <translation>Tourist/umrah visa</translation>
    </message>
    <message>
        <source>Lewat calo</source>
        <translation>Through a broker</translation>
    </message>
    <message>
        <source>Tujuan tidak jelas</source>
        <translation>Unclear purpose</translation>
    </message>
    <message>
        <source>Jeratan utang</source>
        <translation>Debt bondage</translation>
    </message>
    <message>
        <source>Paspor disita</source>
        <translation>Passport confiscated</translation>
    </message>
    <message>
        <source>Disnaker / LTSA</source>
        <translation>Manpower office / LTSA</translation>
    </message>
    <message>
        <source>BP3MI</source>
        <translation>BP3MI</translation>
    </message>
    <message>
        <source>Polisi / Satgas TPPO</source>
        <translation>Police / anti-trafficking task force</translation>
    </message>
    <message>
        <source>KBRI / KJRI</source>
        <translation>Embassy / consulate</translation>
    </message>
    <message>
        <source>Dinas Sosial</source>
        <translation>Social affairs office</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>IOM</translation>
    </message>
    <message>
        <source>LSM</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Perlindungan</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Saring nama, jenis kasus...</source>
        <translation>Filter by name, case type...</translation>
    </message>
    <message>
        <source>Buka kasus</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Rujuk</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Tambah tindak lanjut</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Tandai selesai</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Cetak surat rujukan</source>
        <translation>Print referral letter</translation>
    </message>
    <message>
        <source>Surat rujukan untuk mitra, dari rujukan yang dipilih</source>
        <translation>Referral letter for the partner, from the selected referral</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Tanda bahaya</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>kasus-perlindungan</source>
        <translation>protection-cases</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>tindak-lanjut</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message numerus="yes">
        <source>%n kasus</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} kasus cocok</source>
        <translation>
            <numerusform>%n of {total} cases match</numerusform>
            <numerusform>%n of {total} cases match</numerusform>
        </translation>
    </message>
    <message>
        <source>surat-rujukan {name}</source>
        <translation>referral-letter {name}</translation>
    </message>
    <message>
        <source>Kasus dibuka.</source>
        <translation>Case opened.</translation>
    </message>
    <message>
        <source>Status kasus diubah.</source>
        <translation>Case status changed.</translation>
    </message>
    <message>
        <source>Rujukan dicatat.</source>
        <translation>Referral recorded.</translation>
    </message>
    <message>
        <source>Tindak lanjut dicatat.</source>
        <translation>Follow-up recorded.</translation>
    </message>
    <message>
        <source>Tindak lanjut ditandai selesai.</source>
        <translation>Follow-up marked done.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Buka dengan kunci pemulihan</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <source>Bila semua kata sandi hilang: ketik kunci pemulihan yang ditampilkan saat data dibuat, lalu kata sandi baru untuk salah satu akun.</source>
        <translation>If every password is lost: type the recovery key shown when the data was created, then a new password for one of the accounts.</translation>
    </message>
    <message>
        <source>Kunci pemulihan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Isi kunci pemulihan, nama pengguna dan kata sandi baru.</source>
        <translation>Fill in the recovery key, the user name and the new password.</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Membuka...</source>
        <translation>Opening...</translation>
    </message>
    <message>
        <source>Data tidak dapat dibuka: {error}</source>
        <translation>The data cannot be opened: {error}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Kunci pemulihan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Data di laptop ini terenkripsi. Bila semua kata sandi hilang, data hanya dapat dibuka dengan kunci pemulihan di bawah. Tulis kunci ini di kertas dan simpan di tempat aman, terpisah dari laptop. Kunci ini tidak akan ditampilkan lagi.</source>
        <translation>The data on this laptop is encrypted. If every password is lost, it can only be opened with the recovery key below. Write this key on paper and keep it somewhere safe, apart from the laptop. It will not be shown again.</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Saya sudah menulis kunci ini dan menyimpannya</source>
        <translation>I have written this key down and put it away</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Rujuk kasus: {name}</source>
        <translation>Refer case: {name}</translation>
    </message>
    <message>
        <source>Mitra rujukan</source>
        <translation>Referral partner</translation>
    </message>
    <message>
        <source>Keterangan mitra</source>
        <translation>Partner detail</translation>
    </message>
    <message>
        <source>Tanggal rujukan</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>Nomor rujukan</source>
        <translation>Reference number</translation>
    </message>
</context>
<context>
    <name>RegisterJourneyDialog</name>
    <message>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Sektor pekerjaan</source>
        <translation>Job sector</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Perusahaan penempatan (P3MI)</source>
        <translation>Placement agency (P3MI)</translation>
    </message>
    <message>
        <source>Tanggal pendaftaran</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Pilih orangnya dari hasil pencarian.</source>
        <translation>Pick the person from the search results.</translation>
    </message>
</context>
<context>
    <name>RepayDialog</name>
    <message>
        <source>Bayar angsuran</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <source>Angsuran pokok (Rp)</source>
        <translation>Principal repaid (Rp)</translation>
    </message>
    <message>
        <source>Angsuran bunga (Rp)</source>
        <translation>Interest repaid (Rp)</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sisa pokok {principal}, sisa bunga {interest}.</source>
        <translation>Principal still owed {principal}, interest still owed {interest}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Laporan bulanan: {name}</source>
        <translation>Monthly reports: {name}</translation>
    </message>
    <message>
        <source>Satu laporan per bulan. Melapor lagi untuk bulan yang sama mengganti laporan sebelumnya.</source>
        <translation>One report per month. Reporting the same month again replaces the earlier report.</translation>
    </message>
    <message>
        <source>Periode (TTTT-BB)</source>
        <translation>Period (YYYY-MM)</translation>
    </message>
    <message>
        <source>misalnya 2024-07</source>
        <translation>e.g. 2024-07</translation>
    </message>
    <message>
        <source>Omzet (Rp)</source>
        <translation>Revenue (Rp)</translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>orang</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Isi omzet bulan itu (0 bila tidak ada penjualan).</source>
        <translation>Fill in the month&apos;s revenue (0 if nothing was sold).</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Bulan laporan</source>
        <translation>Report month</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Simpan Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Bulan:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Pratinjau laporan</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Pilih bulan lalu tekan Tampilkan untuk melihat laporan bulanan pusat layanan.</source>
        <translation>Choose a month, then press Show to see the centre&apos;s monthly report.</translation>
    </message>
    <message>
        <source>Menghitung laporan...</source>
        <translation>Calculating the report...</translation>
    </message>
    <message>
        <source>Laporan gagal dibuat: {error}</source>
        <translation>The report could not be created: {error}</translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Buku kerja Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Menyimpan laporan...</source>
        <translation>Saving the report...</translation>
    </message>
    <message>
        <source>Laporan tersimpan di {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
    <message>
        <source>Berkas ini tidak dilindungi kata sandi: simpan di tempat aman.</source>
        <translation>This file is not password-protected: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Laporan tidak bisa disimpan: {error}. Pilih folder lain.</source>
        <translation>The report could not be saved: {error}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Hasil pelatihan: {name}</source>
        <translation>Training result: {name}</translation>
    </message>
    <message>
        <source>Hasil pelatihan</source>
        <translation>Training result</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Koreksi (jurnal balik)</source>
        <translation>Correct (reversing entry)</translation>
    </message>
    <message>
        <source>Catat jurnal balik</source>
        <translation>Record reversing entry</translation>
    </message>
    <message>
        <source>Transaksi tidak diubah atau dihapus: dicatat transaksi baru yang membatalkannya. Catat jumlah yang benar sebagai transaksi baru sesudahnya.
{what}</source>
        <translation>The entry is not edited or deleted: a new entry that cancels it is recorded. Record the right amount as a new entry afterwards.
{what}</translation>
    </message>
    <message>
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>misalnya salah ketik jumlah</source>
        <translation>e.g. mistyped amount</translation>
    </message>
    <message>
        <source>Tanggal koreksi</source>
        <translation>Correction date</translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <source>Setor simpanan: {name}</source>
        <translation>Deposit savings: {name}</translation>
    </message>
    <message>
        <source>Tarik simpanan: {name}</source>
        <translation>Withdraw savings: {name}</translation>
    </message>
    <message>
        <source>Jenis simpanan</source>
        <translation>Kind of savings</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Tanggal transaksi</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Tambah sesi parenting</source>
        <translation>Add a parenting session</translation>
    </message>
    <message>
        <source>Tanggal kegiatan</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Cadangan dan pemulihan</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>menit</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Bila laptop tidak dipakai selama ini, aplikasi terkunci dan kata sandi diminta lagi.</source>
        <translation>When the laptop is not used for this long, the application locks and asks for the password again.</translation>
    </message>
    <message>
        <source>Tampilan dan keamanan</source>
        <translation>Display and security</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Kunci otomatis setelah</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Semua data pusat layanan ada di folder ini (penyimpanan, cadangan, lampiran, catatan kesalahan). Salin folder ini untuk memindahkan data ke laptop lain.</source>
        <translation>All of the centre&apos;s data is in this folder (store, backups, attachments, error logs). Copy this folder to move the data to another laptop.</translation>
    </message>
    <message>
        <source>Pilih folder...</source>
        <translation>Choose folder...</translation>
    </message>
    <message>
        <source>Jangan salin</source>
        <translation>Do not copy</translation>
    </message>
    <message>
        <source>Setiap hari aplikasi membuat cadangan otomatis (14 terakhir disimpan). Bila folder ini ada (misalnya flashdisk yang tercolok), cadangan juga disalin ke sana.</source>
        <translation>Every day the application makes an automatic backup (the last 14 are kept). When this folder is there (for example a plugged-in USB flash drive), the backup is copied there too.</translation>
    </message>
    <message>
        <source>Salinan cadangan harian di luar laptop:</source>
        <translation>Copy of the daily backup outside the laptop:</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>nama kepala desa yang menandatangani surat</source>
        <translation>name of the village head who signs the letters</translation>
    </message>
    <message>
        <source>Simpan kop surat</source>
        <translation>Save letterhead</translation>
    </message>
    <message>
        <source>Nama pusat layanan</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <source>Kop surat disimpan.</source>
        <translation>Letterhead saved.</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Folder salinan cadangan harian</source>
        <translation>Folder for the daily backup copy</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Ubah status kasus: {name}</source>
        <translation>Change case status: {name}</translation>
    </message>
    <message>
        <source>Status sekarang: {status}</source>
        <translation>Current status: {status}</translation>
    </message>
    <message>
        <source>Status baru</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Tanggal ditutup (bila ditutup)</source>
        <translation>Closing date (when closing)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Kirim perubahan di laptop ini ke server pusat dan terima perubahan dari laptop lain pusat layanan ini. Data tetap bisa dikerjakan tanpa internet; sinkronkan bila ada sambungan.</source>
        <translation>Send this laptop&apos;s changes to the central server and receive the changes of the centre&apos;s other laptops. Work goes on without internet; sync when there is a connection.</translation>
    </message>
    <message>
        <source>misalnya https://desmig.contoh.go.id</source>
        <translation>e.g. https://desmig.example.go.id</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hentikan sesudah langkah yang sedang berjalan; tidak ada data yang hilang.</source>
        <translation>Stop after the current step; no data is lost.</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Perubahan belum terkirim</source>
        <translation>Changes not yet sent</translation>
    </message>
    <message>
        <source>Sinkron terakhir berhasil</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Kesalahan terakhir</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Server pusat</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(seluruh data)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Alasan ditolak</source>
        <translation>Reason refused</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nilai sekarang</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Nilai lain</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Pertahankan nilai sekarang</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <source>Pakai nilai lain</source>
        <translation>Use other value</translation>
    </message>
    <message>
        <source>atau tulis nilai yang benar</source>
        <translation>or type the correct value</translation>
    </message>
    <message>
        <source>Simpan nilai ini</source>
        <translation>Save this value</translation>
    </message>
    <message>
        <source>Kolom yang diubah di dua laptop sebelum sempat tersinkron, atau nilai yang harus unik (NIK, nomor anggota, nama pengguna) yang dipakai dua data. Nilai yang lebih akhir dipakai; nilai lainnya disimpan di sini untuk diperiksa pengawas.</source>
        <translation>Fields changed on two laptops before they could sync, or values that must be unique (NIK, member number, user name) used by two records. The later value is used; the other value is kept here for a supervisor to review.</translation>
    </message>
    <message>
        <source>Perubahan yang ditolak server. Perubahan itu tidak dihapus; periksa alasannya dan perbaiki datanya.</source>
        <translation>Changes the server refused. They are not deleted; check the reason and correct the record.</translation>
    </message>
    <message>
        <source>tambah</source>
        <translation>add</translation>
    </message>
    <message>
        <source>ubah</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>hapus</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>diubah dua kali</source>
        <translation>edited twice</translation>
    </message>
    <message>
        <source>dihapus dan diubah</source>
        <translation>deleted and edited</translation>
    </message>
    <message>
        <source>nilai ganda</source>
        <translation>duplicate value</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>tetap ada</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>Konflik terbuka ({count})</source>
        <translation>Open conflicts ({count})</translation>
    </message>
    <message>
        <source>Perubahan ditolak ({count})</source>
        <translation>Refused changes ({count})</translation>
    </message>
    <message>
        <source>Pertahankan data</source>
        <translation>Keep record</translation>
    </message>
    <message>
        <source>Hapus data</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Hanya pengawas atau admin yang boleh menyelesaikan konflik.</source>
        <translation>Only a supervisor or an admin may resolve conflicts.</translation>
    </message>
    <message>
        <source>Konflik diselesaikan. Keputusan ini dikirim ke server pada sinkronisasi berikutnya.</source>
        <translation>Conflict resolved. The decision is sent to the server at the next sync.</translation>
    </message>
    <message>
        <source>Hanya pengawas atau admin yang boleh menjalankan sinkronisasi.</source>
        <translation>Only a supervisor or an admin may run sync.</translation>
    </message>
    <message>
        <source>Laptop ini belum terdaftar ke server pusat.</source>
        <translation>This laptop is not enrolled with the central server.</translation>
    </message>
    <message>
        <source>Kirim perubahan laptop ini, lalu terima perubahan dari server.</source>
        <translation>Send this laptop&apos;s changes, then receive the server&apos;s.</translation>
    </message>
    <message>
        <source>Laptop ini belum terdaftar ke server pusat, jadi belum bisa disinkronkan. Semua data tetap tersimpan di laptop ini. Untuk mendaftarkannya, minta kode pendaftaran dari operator server, lalu jalankan di terminal:
desmig enrol --server https://alamat-server --code KODE --admin-user NAMA_ADMIN --admin-password-file BERKAS_SANDI
Pendaftaran membuat data baru di laptop ini dan mengunduh data pusat layanan dari server.</source>
        <translation>This laptop is not enrolled with the central server, so it cannot sync yet. All data stays on this laptop. To enrol it, ask the server&apos;s operator for an enrolment code, then run in a terminal:
desmig enrol --server https://server-address --code CODE --admin-user ADMIN_NAME --admin-password-file PASSWORD_FILE
Enrolment creates a new data store on this laptop and downloads the centre&apos;s data from the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Alamat server harus diawali https:// (atau http:// untuk uji coba).</source>
        <translation>The server address must start with https:// (or http:// for testing).</translation>
    </message>
    <message>
        <source>Sinkronisasi otomatis: menghubungi server...</source>
        <translation>Automatic sync: contacting the server...</translation>
    </message>
    <message>
        <source>Menghubungi server...</source>
        <translation>Contacting the server...</translation>
    </message>
    <message>
        <source>Menghentikan sesudah langkah ini...</source>
        <translation>Stopping after this step...</translation>
    </message>
    <message>
        <source>Sinkronisasi berhasil ({when}): {pushed} dikirim, {pulled} diterima.</source>
        <translation>Sync succeeded ({when}): {pushed} sent, {pulled} received.</translation>
    </message>
    <message>
        <source>Sinkronisasi belum selesai: {pending} perubahan belum diterima server. Jalankan lagi.</source>
        <translation>Sync not finished: {pending} changes not yet accepted by the server. Run it again.</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan ditolak server; lihat daftar di bawah.</source>
        <translation>
            <numerusform>%n change refused by the server; see the list below.</numerusform>
            <numerusform>%n changes refused by the server; see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Versi baru aplikasi ({version}) sudah tersedia: minta penginstalnya kepada operator.</source>
        <translation>A newer version of the application ({version}) is available: ask the operator for its installer.</translation>
    </message>
    <message>
        <source>Sinkronisasi lain sedang berjalan; tunggu sampai selesai.</source>
        <translation>Another sync is running; wait until it finishes.</translation>
    </message>
    <message>
        <source>Sinkronisasi dihentikan. Yang sudah terkirim atau diterima tetap tersimpan; sisanya dilanjutkan pada sinkronisasi berikutnya.</source>
        <translation>Sync stopped. What was already sent or received is kept; the rest continues at the next sync.</translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: {error}</source>
        <translation>Sync failed: {error}</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Lulus</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Tidak lulus</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Mengundurkan diri</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Saring nama pelatihan, BLK, kejuruan...</source>
        <translation>Filter training, centre, skill...</translation>
    </message>
    <message>
        <source>Tambah pelatihan</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>Nama pelatihan</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>BLK / LPK</source>
        <translation>Training centre (BLK / LPK)</translation>
    </message>
    <message>
        <source>Kejuruan</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>pelatihan-blk</source>
        <translation>blk-trainings</translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Catat hasil</source>
        <translation>Record result</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Peserta: pilih pelatihan.</source>
        <translation>Participants: choose a training.</translation>
    </message>
    <message>
        <source>peserta-blk</source>
        <translation>blk-participants</translation>
    </message>
    <message>
        <source>Saring nama, skema, nomor...</source>
        <translation>Filter name, scheme, number...</translation>
    </message>
    <message>
        <source>Tambah sertifikat</source>
        <translation>Add certificate</translation>
    </message>
    <message>
        <source>Skema sertifikasi</source>
        <translation>Certification scheme</translation>
    </message>
    <message>
        <source>LSP penerbit</source>
        <translation>Issuing LSP</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>sertifikat-kompetensi</source>
        <translation>competency-certificates</translation>
    </message>
    <message>
        <source>Pelatihan BLK dan peserta</source>
        <translation>BLK trainings and participants</translation>
    </message>
    <message>
        <source>Sertifikat kompetensi</source>
        <translation>Competency certificates</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message numerus="yes">
        <source>%n pelatihan</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} dari {total} pelatihan</source>
        <translation>{shown} of {total} trainings</translation>
    </message>
    <message numerus="yes">
        <source>%n sertifikat</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} dari {total} sertifikat</source>
        <translation>{shown} of {total} certificates</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n peserta, {passed} lulus</source>
        <translation>
            <numerusform>{title}: %n participant, {passed} passed</numerusform>
            <numerusform>{title}: %n participants, {passed} passed</numerusform>
        </translation>
    </message>
    <message>
        <source>Hasil pelatihan</source>
        <translation>Training result</translation>
    </message>
    <message>
        <source>Tambah peserta: {title}</source>
        <translation>Add participant: {title}</translation>
    </message>
    <message>
        <source>Sertifikat dicatat.</source>
        <translation>Certificate recorded.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Daftar pengguna</source>
        <translation>List of users</translation>
    </message>
    <message>
        <source>Tambah pengguna...</source>
        <translation>Add user...</translation>
    </message>
    <message>
        <source>Ubah peran...</source>
        <translation>Change role...</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <source>Ganti kata sandi saya...</source>
        <translation>Change my password...</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>pengawas</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat menambah pengguna, mengubah peran, menonaktifkan akun atau mengatur ulang kata sandi. Minta admin pusat layanan bila perlu.</source>
        <translation>Only an admin can add users, change roles, deactivate accounts or reset passwords. Ask the centre&apos;s admin if needed.</translation>
    </message>
    <message>
        <source>Aktifkan kembali</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>huruf kecil, misalnya siti.aminah</source>
        <translation>lower case, e.g. siti.aminah</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama. Ketik ulang.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
    <message>
        <source>Ubah peran {user}</source>
        <translation>Change role of {user}</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi {user}</source>
        <translation>Reset password of {user}</translation>
    </message>
    <message>
        <source>Beri tahu kata sandi baru ini kepada {user} secara langsung.</source>
        <translation>Give this new password to {user} in person.</translation>
    </message>
    <message>
        <source>Ganti kata sandi saya</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message>
        <source>Ketik nama desa/kelurahan atau kodenya, misalnya Kesugihan atau 33.01.02.2003</source>
        <translation>Type the village&apos;s name or code, e.g. Kesugihan or 33.01.02.2003</translation>
    </message>
    <message>
        <source>Cari desa</source>
        <translation>Search a village</translation>
    </message>
    <message>
        <source>Hasil pencarian desa</source>
        <translation>Village search results</translation>
    </message>
    <message>
        <source>Ketik paling sedikit 3 huruf.</source>
        <translation>Type at least 3 letters.</translation>
    </message>
    <message>
        <source>Belum ada desa yang dipilih.</source>
        <translation>No village chosen yet.</translation>
    </message>
    <message>
        <source>Tidak ada desa yang cocok. Periksa ejaan, atau ketik kode desanya.</source>
        <translation>No village matches. Check the spelling, or type the village code.</translation>
    </message>
    <message numerus="yes">
        <source>%n hasil teratas; ketik lebih lengkap (misalnya nama kecamatan) untuk mempersempit.</source>
        <translation>
            <numerusform>The top %n result; type more (e.g. the district name) to narrow it down.</numerusform>
            <numerusform>The top %n results; type more (e.g. the district name) to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desa cocok; pilih salah satu.</source>
        <translation>
            <numerusform>%n village matches; choose it.</numerusform>
            <numerusform>%n villages match; choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dipilih: {name} (kode {code})</source>
        <translation>Chosen: {name} (code {code})</translation>
    </message>
</context>
<context>
    <name>VocationalTrainingDialog</name>
    <message>
        <source>Tambah pelatihan BLK</source>
        <translation>Add BLK training</translation>
    </message>
    <message>
        <source>Nama pelatihan</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>BLK / LPK</source>
        <translation>Training centre (BLK / LPK)</translation>
    </message>
    <message>
        <source>misalnya BLK Cilacap</source>
        <translation>e.g. BLK Cilacap</translation>
    </message>
    <message>
        <source>Kejuruan</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>misalnya tata boga</source>
        <translation>e.g. catering</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Cabut persetujuan</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Persetujuan yang dicabut tetap tercatat beserta tanggal dan alasannya. Sesudah ini, data orang ini tidak boleh lagi diproses untuk tujuan tersebut.</source>
        <translation>A withdrawn consent stays on record with its date and reason. After this, the person&apos;s data may no longer be processed for those purposes.</translation>
    </message>
    <message>
        <source>Tanggal pencabutan</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <source>Alasan pencabutan</source>
        <translation>Withdrawal reason</translation>
    </message>
</context>
</TS>
