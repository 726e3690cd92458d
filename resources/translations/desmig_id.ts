<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>AdvanceDialog</name>
    <message>
        <source>Pindah tahap: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap sekarang: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindah ke tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berangkat non-prosedural (di luar prosedur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan non-prosedural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya berangkat lewat calo dengan visa turis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan kepulangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation type="unfinished">- pilih -</translation>
    </message>
    <message>
        <source>Tulis alasan keberangkatan non-prosedural.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal berangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pulang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Berkas lampiran {name} tidak ada di folder lampiran laptop ini. Mungkin dilampirkan di laptop lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibuka: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Daftar hadir: {topic} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centang anak yang hadir. Semua anak yang terdaftar pada tanggal kegiatan ditampilkan. Tekan Enter untuk menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anak yang hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation type="unfinished">Kosongkan</translation>
    </message>
    <message>
        <source>Simpan daftar hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation type="unfinished">Memuat...</translation>
    </message>
    <message>
        <source>(wali: {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada anak yang terdaftar pada tanggal kegiatan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} dari {total} hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan...</source>
        <translation type="unfinished">Menyimpan...</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished">Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Daftar hadir belum disimpan. Buang perubahan ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation type="unfinished">Buang perubahan</translation>
    </message>
    <message>
        <source>Kembali ke daftar hadir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Masuk</source>
        <translation type="unfinished">Masuk</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna ditambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna diaktifkan/dinonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi diatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghapusan data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siapa masuk, gagal masuk, mengekspor, menghapus data pribadi, atau mengubah peran di laptop ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Cadangan adalah salinan lengkap data pusat layanan. Buat cadangan secara rutin dan simpan salinannya di flashdisk. Memulihkan cadangan mengganti semua data dengan isi cadangan itu; data saat ini disimpan dulu sebagai cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangkan ke folder lain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan cadangan terpilih...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan dari berkas lain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat memulihkan cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan di {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih folder untuk cadangan (misalnya flashdisk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membuat cadangan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan Desmigratif (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa cadangan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan cadangan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua data di laptop ini akan diganti dengan isi cadangan {file}. Perubahan sesudah cadangan itu dibuat akan hilang dari laptop ini (data saat ini disimpan dulu sebagai cadangan).

Sesudah pemulihan, semua pengguna harus masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished">Batal</translation>
    </message>
</context>
<context>
    <name>BusinessTrainingDialog</name>
    <message>
        <source>Tambah pelatihan kewirausahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Buka kasus perlindungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation type="unfinished">- pilih -</translation>
    </message>
    <message>
        <source>Tanda bahaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih orangnya dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Tambah sertifikat kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation type="unfinished">Pelatihan</translation>
    </message>
    <message>
        <source>- tanpa pelatihan BLK -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skema sertifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSP penerbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal terbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal habis berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pemegang sertifikat dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Selamat datang di Desmigratif</source>
        <translation>Selamat datang di Desmigratif</translation>
    </message>
    <message>
        <source>Laptop ini belum punya data pusat layanan. Pilih cara memulai.</source>
        <translation>Laptop ini belum punya data pusat layanan. Pilih cara memulai.</translation>
    </message>
    <message>
        <source>Buat pusat layanan baru (mandiri)</source>
        <translation>Buat pusat layanan baru (mandiri)</translation>
    </message>
    <message>
        <source>Pilih desa Anda dan buat akun admin. Semua data tersimpan di laptop ini dan bisa dipakai tanpa internet.</source>
        <translation>Pilih desa Anda dan buat akun admin. Semua data tersimpan di laptop ini dan bisa dipakai tanpa internet.</translation>
    </message>
    <message>
        <source>Bergabung dengan server pusat</source>
        <translation>Bergabung dengan server pusat</translation>
    </message>
    <message>
        <source>Belum tersedia: pilihan ini aktif setelah fitur sinkronisasi hadir. Untuk sekarang buat pusat layanan mandiri; datanya nanti dapat disinkronkan ke server pusat.</source>
        <translation>Belum tersedia: pilihan ini aktif setelah fitur sinkronisasi hadir. Untuk sekarang buat pusat layanan mandiri; datanya nanti dapat disinkronkan ke server pusat.</translation>
    </message>
    <message>
        <source>Coba dengan data contoh</source>
        <translation>Coba dengan data contoh</translation>
    </message>
    <message numerus="yes">
        <source>Membuat pusat layanan contoh berisi %n penduduk rekaan untuk latihan. Jangan dipakai untuk data sungguhan.</source>
        <translation>
            <numerusform>Membuat pusat layanan contoh berisi %n penduduk rekaan untuk latihan. Jangan dipakai untuk data sungguhan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Catat persetujuan data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat persetujuan sesuai formulir yang ditandatangani (UU 27/2022 tentang Pelindungan Data Pribadi). Centang hanya tujuan yang disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diberikan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pemberi persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bila bukan yang bersangkutan, nama sesuai tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujuan yang disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Yang bersangkutan sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suami/istri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota keluarga lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran, pendataan dan penanganan kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan ke instansi (Disnaker/LTSA, BP3MI, polisi/Satgas TPPO, KBRI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berbagi dengan mitra (P3MI, fasilitas kesehatan, IOM, LSM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto dan pindaian dokumen (KTP, KK, paspor...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan statistik tanpa identitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diberikan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dicabut {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan pencabutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat persetujuan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabut persetujuan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampirkan formulir...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka formulir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada persetujuan yang berlaku untuk pemrosesan data pribadi orang ini (UU 27/2022). Catat persetujuannya dari formulir yang ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih scan atau foto formulir persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsenterDialog</name>
    <message>
        <source>Surat izin keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. suami, istri, ayah, ibu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama yang memberi izin *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubungan keluarga *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat surat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperativeDialog</name>
    <message>
        <source>Daftarkan koperasi / BUMDes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis lembaga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation type="unfinished">Koperasi</translation>
    </message>
    <message>
        <source>BUMDes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor badan hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal berdiri</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperativePage</name>
    <message>
        <source>Simpanan pokok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpanan wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpanan sukarela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihapusbukukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation type="unfinished">Koperasi</translation>
    </message>
    <message>
        <source>Daftarkan koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring nama atau nomor anggota...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished">Masuk</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished">Keluar</translation>
    </message>
    <message>
        <source>anggota-koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih anggota di sebelah kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo simpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koreksi (jurnal balik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaksi simpanan tidak bisa diubah; batalkan dengan jurnal balik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Cetak rekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekening koran simpanan anggota, untuk dicetak dan diberikan kepadanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sukarela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rekening-simpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beri pinjaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayar angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koreksi angsuran (jurnal balik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rekening-simpanan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bunga/bln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jangka</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bulan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bunga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jadwal-angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinjaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koperasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurnal balik: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dibatalkan) {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada koperasi atau BUMDes yang terdaftar. Klik &quot;Daftarkan koperasi&quot; untuk mulai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anggota</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (No. {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sisa pinjaman: pokok {principal} + bunga {interest} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {amount} dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {kind} {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurnal balik dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinjaman dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angsuran dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: pokok {principal}, bunga {interest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurnal balik angsuran dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.

Rinciannya ditulis di {log}. Bila kesalahan berulang, kirim berkas itu kepada pengelola aplikasi.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.

Rinciannya ditulis di {log}. Bila kesalahan berulang, kirim berkas itu kepada pengelola aplikasi.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>belum diisi</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Hapus tanggal (tidak diketahui)</source>
        <translation>Hapus tanggal (tidak diketahui)</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Pusat layanan contoh</source>
        <translation>Pusat layanan contoh</translation>
    </message>
    <message>
        <source>Data rekaan untuk mencoba aplikasi. Semua nama dan nomor di dalamnya tidak nyata.</source>
        <translation>Data rekaan untuk mencoba aplikasi. Semua nama dan nomor di dalamnya tidak nyata.</translation>
    </message>
    <message>
        <source>Menyiapkan...</source>
        <translation>Menyiapkan...</translation>
    </message>
    <message numerus="yes">
        <source>Membuat pusat layanan contoh dan %n penduduk rekaan...</source>
        <translation>
            <numerusform>Membuat pusat layanan contoh dan %n penduduk rekaan...</numerusform>
        </translation>
    </message>
    <message>
        <source>Selesai. Pusat layanan contoh siap dipakai.</source>
        <translation>Selesai. Pusat layanan contoh siap dipakai.</translation>
    </message>
    <message>
        <source>Untuk masuk lagi nanti: nama pengguna {user}, kata sandi {password}</source>
        <translation>Untuk masuk lagi nanti: nama pengguna {user}, kata sandi {password}</translation>
    </message>
    <message>
        <source>Pembuat data contoh belum tersedia di versi ini.</source>
        <translation>Pembuat data contoh belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk.</source>
        <translation>Sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk.</translation>
    </message>
    <message>
        <source>Pusat layanan contoh tidak dapat dibuat.</source>
        <translation>Pusat layanan contoh tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Dokumen: {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal terbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal habis berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Dokumen perjalanan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habis berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* wajib terverifikasi sebelum keberangkatan prosedural. Merah: sudah habis berlaku. Kuning: habis dalam 90 hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampirkan scan/foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>dokumen-perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih scan atau foto dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyalin lampiran...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Mungkin orang ini sudah terdaftar. Periksa dulu agar tidak ada data ganda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nama mirip dan tanggal lahir sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lahir {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusun {dusun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka data {name} yang sudah terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan data ini, lalu gabungkan dengan data {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Daftarkan anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anak</source>
        <translation type="unfinished">Anak</translation>
    </message>
    <message>
        <source>Wali / pengasuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang tua di luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih anaknya dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>Ubah usaha: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation type="unfinished">- pilih -</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sektor usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya keripik singkong, kopi bubuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produk diekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pemiliknya dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>Pertanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peternakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perikanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makanan dan minuman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerajinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perdagangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished">Lainnya</translation>
    </message>
    <message>
        <source>Remitansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabungan sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinjaman koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinjaman bank (KUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantuan pemerintah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berhenti sementara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usaha Produktif</source>
        <translation type="unfinished">Usaha Produktif</translation>
    </message>
    <message>
        <source>Status usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring nama usaha, pemilik, produk...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat laporan bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber modal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usaha-produktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan bulanan: pilih usaha di atas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laporan-usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarkan peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus peserta yang terdaftar karena keliru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pelatihan-kewirausahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished">Jenis kelamin</translation>
    </message>
    <message>
        <source>peserta-pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta: pilih pelatihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usaha dan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan kewirausahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation type="unfinished">Memuat...</translation>
    </message>
    <message numerus="yes">
        <source>%n usaha</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} dari {total} usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan bulanan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Peserta {title}: %n orang</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usaha {name} dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan {period} dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah peserta: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Hapus data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama, NIK, telepon, tempat dan tanggal lahir (tahunnya disimpan), KK, nomor dokumen, catatan dan lampiran orang ini dihapus dari semua data dan riwayatnya, di laptop ini, di server dan di laptop lain pusat layanan. Yang tersisa hanya angka untuk statistik. Ini tidak bisa dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. permintaan yang bersangkutan, tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ekspor tidak dilindungi kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan daftar seperti yang tampil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teks CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengekspor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n baris diekspor ke {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Perhatian: berkas ini tidak dilindungi kata sandi. Simpan di tempat aman dan hapus bila tidak diperlukan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor gagal: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih scan atau foto formulir persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Desmigratif - Persiapan pertama</source>
        <translation>Desmigratif - Persiapan pertama</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Tindak lanjut: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.</source>
        <translation type="unfinished">wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished">Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>misalnya 50.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan...</source>
        <translation type="unfinished">Menyimpan...</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished">Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Data yang Anda ketik belum disimpan. Buang perubahan ini?</source>
        <translation type="unfinished">Data yang Anda ketik belum disimpan. Buang perubahan ini?</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation type="unfinished">Buang perubahan</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation type="unfinished">Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Riwayat: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua perubahan data ini, yang terbaru di atas. Kata sandi tidak pernah ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Perubahan terakhir di pusat layanan ini ({limit} catatan terbaru): siapa, kapan, kolom apa, dari apa menjadi apa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baca lagi perubahan terbaru (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riwayat-perubahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Pusat layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga (KK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation type="unfinished">Penduduk</translation>
    </message>
    <message>
        <source>Perjalanan migrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosialisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta sosialisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus perlindungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta pelatihan usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anak (parenting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesi parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kehadiran parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation type="unfinished">Koperasi</translation>
    </message>
    <message>
        <source>Anggota koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinjaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan BLK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta BLK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring: nama petugas, kolom, nilai...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation type="unfinished">Tempat lahir</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished">Tanggal lahir</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation type="unfinished">No. HP</translation>
    </message>
    <message>
        <source>Catatan pemeriksaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation type="unfinished">No. KK</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation type="unfinished">Dusun</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished">Nama pengguna</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat riwayat...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat tidak dapat dibaca: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada perubahan yang tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan kolom</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} perubahan kolom cocok</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Beranda</source>
        <translation type="unfinished">Beranda</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baca lagi semua angka dan pengingat (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penduduk terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calon pekerja migran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedang di luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus perlindungan terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usaha aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anak terdaftar (parenting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anggota koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo simpanan koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabar terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lama tanpa kabar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunggakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation type="unfinished">Dusun</translation>
    </message>
    <message>
        <source>Buka Layanan Migrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka Perlindungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka Koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka Penduduk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengingat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberangkatan dan kepulangan per bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus perlindungan menurut jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sudah habis %n hari</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>habis hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hari lagi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen habis ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa kabar ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunggakan ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa persetujuan ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen perjalanan yang masih berjalan dan habis masa berlakunya dalam {days} hari, termasuk yang sudah habis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut kasus yang belum selesai dan sudah jatuh tempo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang di luar negeri tanpa kontak tercatat selama {months} bulan (atau sejak berangkat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinjaman koperasi dengan angsuran yang sudah jatuh tempo belum dibayar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penduduk yang belum punya persetujuan pemrosesan data pribadi yang berlaku (UU 27/2022). Di halaman Penduduk, centang &quot;Tanpa persetujuan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation type="unfinished">Memuat...</translation>
    </message>
    <message>
        <source>Beranda tidak dapat dimuat: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diperbarui {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberangkatan dan kepulangan per bulan ({first} - {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPrinter</name>
    <message>
        <source>Simpan surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membuat surat...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat tersimpan di {path}. Cetak, tanda tangani, dan beri nomor surat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat tidak bisa dibuat: {error}. Pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak surat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Beri pinjaman: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokok pinjaman (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bunga per bulan (flat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pencairan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Layar terkunci</source>
        <translation type="unfinished">Layar terkunci</translation>
    </message>
    <message>
        <source>Selamat datang</source>
        <translation type="unfinished">Selamat datang</translation>
    </message>
    <message>
        <source>Aplikasi dikunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan.</source>
        <translation type="unfinished">Aplikasi dikunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation type="unfinished">Masukkan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished">Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation type="unfinished">Kata sandi</translation>
    </message>
    <message>
        <source>Tampilkan kata sandi</source>
        <translation type="unfinished">Tampilkan kata sandi</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished">Masuk</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished">Keluar</translation>
    </message>
    <message>
        <source>Lupa semua kata sandi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished">Isi nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>Memeriksa...</source>
        <translation type="unfinished">Memeriksa...</translation>
    </message>
    <message>
        <source>Data tidak dapat dibuka: {error}</source>
        <translation type="unfinished">Data tidak dapat dibuka: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Masuk (%n)</source>
        <translation type="unfinished">
            <numerusform>Masuk (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</source>
        <translation type="unfinished">
            <numerusform>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</numerusform>
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
        <translation>Menu halaman</translation>
    </message>
    <message>
        <source>Kunci layar</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source>Kunci sekarang (Ctrl+L)</source>
        <translation>Kunci sekarang (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ganti pengguna</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <source>Petugas lain masuk tanpa menutup aplikasi</source>
        <translation>Petugas lain masuk tanpa menutup aplikasi</translation>
    </message>
    <message>
        <source>Belum masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum tersinkron</source>
        <translation>Belum tersinkron</translation>
    </message>
    <message>
        <source>Buka halaman Sinkronisasi untuk rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <source>Layanan Migrasi</source>
        <translation>Layanan Migrasi</translation>
    </message>
    <message>
        <source>Perlindungan</source>
        <translation>Perlindungan</translation>
    </message>
    <message>
        <source>Usaha Produktif</source>
        <translation>Usaha Produktif</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan per pilar, pengingat dokumen yang akan habis masa berlakunya, dan grafik keberangkatan.</source>
        <translation>Ringkasan per pilar, pengingat dokumen yang akan habis masa berlakunya, dan grafik keberangkatan.</translation>
    </message>
    <message>
        <source>Tahapan perjalanan calon pekerja migran dan daftar periksa dokumennya.</source>
        <translation>Tahapan perjalanan calon pekerja migran dan daftar periksa dokumennya.</translation>
    </message>
    <message>
        <source>Kasus perlindungan, rujukan ke mitra, dan tindak lanjutnya.</source>
        <translation>Kasus perlindungan, rujukan ke mitra, dan tindak lanjutnya.</translation>
    </message>
    <message>
        <source>Usaha keluarga pekerja migran dan purna pekerja migran, dengan laporan bulanannya.</source>
        <translation>Usaha keluarga pekerja migran dan purna pekerja migran, dengan laporan bulanannya.</translation>
    </message>
    <message>
        <source>Anak, wali, sesi parenting, dan daftar hadir.</source>
        <translation>Anak, wali, sesi parenting, dan daftar hadir.</translation>
    </message>
    <message>
        <source>Anggota, simpanan, pinjaman, dan angsuran koperasi.</source>
        <translation>Anggota, simpanan, pinjaman, dan angsuran koperasi.</translation>
    </message>
    <message>
        <source>Pelatihan BLK, peserta, dan sertifikat.</source>
        <translation>Pelatihan BLK, peserta, dan sertifikat.</translation>
    </message>
    <message>
        <source>Siapa mengubah apa dan kapan, untuk setiap data.</source>
        <translation>Siapa mengubah apa dan kapan, untuk setiap data.</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>pengawas</source>
        <translation>pengawas</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Pengguna: {user} ({role})</source>
        <translation>Pengguna: {user} ({role})</translation>
    </message>
    <message>
        <source>Pusat layanan: {name} - {village}</source>
        <translation>Pusat layanan: {name} - {village}</translation>
    </message>
    <message>
        <source>Cadangan harian dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan harian gagal: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memulihkan cadangan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan dipulihkan. Silakan masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sebelumnya disimpan di {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak dipulihkan; data tetap seperti sebelumnya.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desmigratif - {name}</source>
        <translation>Desmigratif - {name}</translation>
    </message>
    <message>
        <source>Sinkron terakhir {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan menunggu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Laptop ini belum terdaftar ke server pusat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesalahan terakhir: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi otomatis berjalan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi berjalan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar aplikasi</source>
        <translation>Keluar aplikasi</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Tambah anggota koperasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih orangnya dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gabungkan data ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data di kanan digabung ke data di kiri. Perjalanan, dokumen, kasus, pelatihan, usaha, anak dan keanggotaan koperasinya pindah ke data di kiri; kolom yang kosong di kiri diisi dari kanan. Data di kanan lalu disembunyikan dari daftar, tetapi tetap tercatat di riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dipertahankan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digabung (data ganda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tukar kiri dan kanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertahankan data yang di kanan, gabungkan yang di kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya: orang yang sama, dicocokkan dengan KTP dan KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan penggabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Memuat kedua data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (dari data ganda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menggabungkan...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPage</name>
    <message>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrak kerja berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemutusan hubungan kerja (PHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecelakaan atau sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengalami kekerasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perang, bencana, atau wabah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dideportasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished">Lainnya</translation>
    </message>
    <message>
        <source>SUDAH HABIS BERLAKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>habis hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>habis besok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>habis dalam {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftarkan perjalanan migrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan Migrasi</source>
        <translation type="unfinished">Layanan Migrasi</translation>
    </message>
    <message>
        <source>Semua tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring menurut tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring nama, NIK, negara...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftarkan perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindah tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Surat rekomendasi desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat izin keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negara tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosedural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perjalanan-migrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation type="unfinished">Memuat...</translation>
    </message>
    <message>
        <source>Belum ada perjalanan pada tahap ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n perjalanan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} perjalanan cocok</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>surat-rekomendasi {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surat-izin-keluarga {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjalanan didaftarkan, dengan daftar periksa dokumennya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap diubah menjadi {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dicatat sebagai keberangkatan NON-PROSEDURAL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCentrePage</name>
    <message>
        <source>Pusat layanan baru</source>
        <translation>Pusat layanan baru</translation>
    </message>
    <message>
        <source>Pilih desa tempat pusat layanan berada, lalu buat akun admin pertama.</source>
        <translation>Pilih desa tempat pusat layanan berada, lalu buat akun admin pertama.</translation>
    </message>
    <message>
        <source>Huruf kecil, angka, titik, garis bawah atau tanda hubung</source>
        <translation>Huruf kecil, angka, titik, garis bawah atau tanda hubung</translation>
    </message>
    <message>
        <source>minimal 8 karakter</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Nama pusat layanan</source>
        <translation>Nama pusat layanan</translation>
    </message>
    <message>
        <source>Nama pengguna admin</source>
        <translation>Nama pengguna admin</translation>
    </message>
    <message>
        <source>Nama lengkap admin</source>
        <translation>Nama lengkap admin</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>&amp;Buat pusat layanan</source>
        <translation>&amp;Buat pusat layanan</translation>
    </message>
    <message>
        <source>Desmigratif {village}</source>
        <translation>Desmigratif {village}</translation>
    </message>
    <message>
        <source>Pilih desa dari daftar hasil pencarian.</source>
        <translation>Pilih desa dari daftar hasil pencarian.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama. Ketik ulang keduanya.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang keduanya.</translation>
    </message>
    <message>
        <source>Membuat pusat layanan...</source>
        <translation>Membuat pusat layanan...</translation>
    </message>
    <message>
        <source>Pusat layanan dibuat.</source>
        <translation>Pusat layanan dibuat.</translation>
    </message>
    <message>
        <source>Pusat layanan tidak dapat dibuat: {error}</source>
        <translation>Pusat layanan tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <source>sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk.</source>
        <translation>sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk.</translation>
    </message>
</context>
<context>
    <name>ParentingPage</name>
    <message>
        <source>Ayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ibu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keduanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelas pengasuhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation type="unfinished">Parenting</translation>
    </message>
    <message>
        <source>Saring nama anak atau wali...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftarkan anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Nama anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang tua di LN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished">Masuk</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished">Keluar</translation>
    </message>
    <message>
        <source>anak-parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi daftar hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sesi-parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anak</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sesi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anak didaftarkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesi dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daftar hadir disimpan (%n tanda baru).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pesertanya dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Penduduk</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <source>Cari nama, NIK, atau No. KK...</source>
        <translation>Cari nama, NIK, atau No. KK...</translation>
    </message>
    <message>
        <source>Cari penduduk</source>
        <translation>Cari penduduk</translation>
    </message>
    <message>
        <source>Tambah orang</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Daftarkan penduduk baru (Ctrl+N)</source>
        <translation>Daftarkan penduduk baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua data orang yang dipilih: keluarga, perjalanan, kasus... (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Ubah identitas orang yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Siapa mengubah data orang yang dipilih, dan kapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calon pekerja migran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purna (sudah pulang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menurut perjalanan migrasi terakhir orang itu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua dusun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umur paling rendah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umur paling tinggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa &amp;persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya orang yang belum punya persetujuan pemrosesan data pribadi yang berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;usun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;L/P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;mur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Memuat...</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok dengan pencarian dan saringan ini. Coba hapus saringan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang cocok dengan &quot;{query}&quot;. Periksa ejaan, atau cari dengan NIK atau No. KK.</source>
        <translation>Tidak ada yang cocok dengan &quot;{query}&quot;. Periksa ejaan, atau cari dengan NIK atau No. KK.</translation>
    </message>
    <message>
        <source>Belum ada data penduduk. Klik &quot;Tambah orang&quot; untuk mulai.</source>
        <translation>Belum ada data penduduk. Klik &quot;Tambah orang&quot; untuk mulai.</translation>
    </message>
    <message>
        <source>(gulir ke bawah untuk memuat lebih banyak)</source>
        <translation>(gulir ke bawah untuk memuat lebih banyak)</translation>
    </message>
    <message numerus="yes">
        <source>%n orang cocok</source>
        <translation>
            <numerusform>%n orang cocok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan %n dari {total} orang terdaftar</source>
        <translation>
            <numerusform>Menampilkan %n dari {total} orang terdaftar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan %n orang</source>
        <translation>
            <numerusform>Menampilkan %n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>Data ganda digabung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data {name} disimpan, tetapi perlu diperiksa:</source>
        <translation>Data {name} disimpan, tetapi perlu diperiksa:</translation>
    </message>
    <message>
        <source>Data {name} disimpan.</source>
        <translation>Data {name} disimpan.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Daftar tidak dapat dimuat: {error}</source>
        <translation>Daftar tidak dapat dimuat: {error}</translation>
    </message>
    <message>
        <source>Nomor Induk Kependudukan (16 angka, dari KTP atau KK)</source>
        <translation>Nomor Induk Kependudukan (16 angka, dari KTP atau KK)</translation>
    </message>
    <message>
        <source>Jenis kelamin: L laki-laki, P perempuan</source>
        <translation>Jenis kelamin: L laki-laki, P perempuan</translation>
    </message>
    <message>
        <source>Nomor Kartu Keluarga</source>
        <translation>Nomor Kartu Keluarga</translation>
    </message>
    <message>
        <source>Hal yang perlu diperiksa pada data orang ini</source>
        <translation>Hal yang perlu diperiksa pada data orang ini</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Tanda</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Belum ada NIK</source>
        <translation>Belum ada NIK</translation>
    </message>
    <message>
        <source>Kode wilayah NIK lama</source>
        <translation>Kode wilayah NIK lama</translation>
    </message>
    <message>
        <source>Tgl. lahir beda dengan NIK</source>
        <translation>Tgl. lahir beda dengan NIK</translation>
    </message>
    <message>
        <source>L/P beda dengan NIK</source>
        <translation>L/P beda dengan NIK</translation>
    </message>
    <message>
        <source>NIK belum diisi: lengkapi setelah KTP atau KK tersedia.</source>
        <translation>NIK belum diisi: lengkapi setelah KTP atau KK tersedia.</translation>
    </message>
    <message>
        <source>Kode wilayah di NIK tidak ada di daftar sekarang: cocokkan dengan KTP.</source>
        <translation>Kode wilayah di NIK tidak ada di daftar sekarang: cocokkan dengan KTP.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak sama dengan tanggal di NIK: cocokkan dengan KTP.</source>
        <translation>Tanggal lahir tidak sama dengan tanggal di NIK: cocokkan dengan KTP.</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak sesuai dengan NIK: cocokkan dengan KTP.</source>
        <translation>Jenis kelamin tidak sesuai dengan NIK: cocokkan dengan KTP.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ubah data penduduk</source>
        <translation>Ubah data penduduk</translation>
    </message>
    <message>
        <source>Tambah penduduk</source>
        <translation>Tambah penduduk</translation>
    </message>
    <message>
        <source>16 angka, dari KTP atau KK</source>
        <translation>16 angka, dari KTP atau KK</translation>
    </message>
    <message>
        <source>Nama lengkap sesuai KTP</source>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation>- pilih -</translation>
    </message>
    <message>
        <source>misalnya 0812-3456-7890</source>
        <translation>misalnya 0812-3456-7890</translation>
    </message>
    <message>
        <source>- belum diisi -</source>
        <translation>- belum diisi -</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Hubungan dalam keluarga</source>
        <translation>Hubungan dalam keluarga</translation>
    </message>
    <message>
        <source>wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.</source>
        <translation>wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Siapa mengubah data ini, dan kapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Data yang Anda ketik belum disimpan. Buang perubahan ini?</source>
        <translation>Data yang Anda ketik belum disimpan. Buang perubahan ini?</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation>Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Data penduduk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation type="unfinished">Memuat...</translation>
    </message>
    <message>
        <source>Catat persetujuan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation type="unfinished">Ubah</translation>
    </message>
    <message>
        <source>Ubah identitas orang ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabungkan dengan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang ini terdaftar dua kali? Pilih data lainnya lalu gabungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor semua data orang ini...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus data pribadi orang ini...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluarga (KK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation type="unfinished">L/P</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished">Tanggal lahir</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negara tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosedural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilaporkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation type="unfinished">Pelatihan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil / nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anak</source>
        <translation type="unfinished">Anak</translation>
    </message>
    <message>
        <source>Sebagai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orang tua di luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished">Masuk</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished">Keluar</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation type="unfinished">Koperasi</translation>
    </message>
    <message>
        <source>No. anggota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan BLK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosialisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orang tua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan semua data orang ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengumpulkan semua data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua data orang ini tersimpan di {path}. Berkas ini tidak dilindungi kata sandi: serahkan langsung kepada yang bersangkutan, lalu hapus salinannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghapus data pribadi...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pribadi dihapus dari {records} catatan dan riwayatnya. Penghapusan ini tercatat dan ikut tersinkron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data penduduk: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digabung dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa persetujuan: belum ada persetujuan pemrosesan data pribadi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum pernah mendaftar untuk bekerja ke luar negeri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedang di luar negeri ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purna (sudah pulang, {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjalanan terakhir dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calon pekerja migran: {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data digabung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Ketik nama, NIK, atau No. KK...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil pencarian orang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <source>Gabungkan dengan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari data lain dari orang yang sama (nama, NIK, atau No. KK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Ini data yang sedang dibuka. Pilih data lainnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Halaman ini sedang disiapkan dan akan tersedia pada versi berikutnya.</source>
        <translation>Halaman ini sedang disiapkan dan akan tersedia pada versi berikutnya.</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Ingin dipulangkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaji tidak dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dideportasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal berangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meninggal di luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penipuan peluang kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perdagangan orang (TPPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masalah jaminan sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilang kontak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan tidak sesuai perjanjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kekerasan dari majikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gangguan jiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paspor ditahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biaya penempatan berlebih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelecehan seksual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melebihi izin tinggal (overstay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished">Lainnya</translation>
    </message>
    <message>
        <source>Visa turis/umrah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewat calo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujuan tidak jelas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeratan utang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paspor disita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disnaker / LTSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP3MI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polisi / Satgas TPPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBRI / KJRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinas Sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlindungan</source>
        <translation type="unfinished">Perlindungan</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring nama, jenis kasus...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Cetak surat rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat rujukan untuk mitra, dari rujukan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Jenis kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilaporkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda bahaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kasus-perlindungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tindak-lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation type="unfinished">Memuat...</translation>
    </message>
    <message numerus="yes">
        <source>%n kasus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} kasus cocok</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>surat-rujukan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status kasus diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rujukan dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut ditandai selesai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Buka dengan kunci pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bila semua kata sandi hilang: ketik kunci pemulihan yang ditampilkan saat data dibuat, lalu kata sandi baru untuk salah satu akun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished">Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi kunci pemulihan, nama pengguna dan kata sandi baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membuka...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data tidak dapat dibuka: {error}</source>
        <translation type="unfinished">Data tidak dapat dibuka: {error}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Kunci pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data di laptop ini terenkripsi. Bila semua kata sandi hilang, data hanya dapat dibuka dengan kunci pemulihan di bawah. Tulis kunci ini di kertas dan simpan di tempat aman, terpisah dari laptop. Kunci ini tidak akan ditampilkan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saya sudah menulis kunci ini dan menyimpannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Rujuk kasus: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor rujukan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterJourneyDialog</name>
    <message>
        <source>Orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negara tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sektor pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perusahaan penempatan (P3MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih orangnya dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepayDialog</name>
    <message>
        <source>Bayar angsuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angsuran pokok (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angsuran bunga (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sisa pokok {principal}, sisa bunga {interest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Laporan bulanan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu laporan per bulan. Melapor lagi untuk bulan yang sama mengganti laporan sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode (TTTT-BB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya 2024-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenaga kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi omzet bulan itu (0 bila tidak ada penjualan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pratinjau laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih bulan lalu tekan Tampilkan untuk melihat laporan bulanan pusat layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghitung laporan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan gagal dibuat: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan laporan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tersimpan di {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ini tidak dilindungi kata sandi: simpan di tempat aman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tidak bisa disimpan: {error}. Pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Hasil pelatihan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Koreksi (jurnal balik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat jurnal balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaksi tidak diubah atau dihapus: dicatat transaksi baru yang membatalkannya. Catat jumlah yang benar sebagai transaksi baru sesudahnya.
{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya salah ketik jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal koreksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <source>Setor simpanan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarik simpanan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis simpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal transaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Tambah sesi parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan dan pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menit</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Bila laptop tidak dipakai selama ini, aplikasi terkunci dan kata sandi diminta lagi.</source>
        <translation>Bila laptop tidak dipakai selama ini, aplikasi terkunci dan kata sandi diminta lagi.</translation>
    </message>
    <message>
        <source>Tampilan dan keamanan</source>
        <translation>Tampilan dan keamanan</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Kunci otomatis setelah</source>
        <translation>Kunci otomatis setelah</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua data pusat layanan ada di folder ini (penyimpanan, cadangan, lampiran, catatan kesalahan). Salin folder ini untuk memindahkan data ke laptop lain.</source>
        <translation>Semua data pusat layanan ada di folder ini (penyimpanan, cadangan, lampiran, catatan kesalahan). Salin folder ini untuk memindahkan data ke laptop lain.</translation>
    </message>
    <message>
        <source>Pilih folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jangan salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setiap hari aplikasi membuat cadangan otomatis (14 terakhir disimpan). Bila folder ini ada (misalnya flashdisk yang tercolok), cadangan juga disalin ke sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan cadangan harian di luar laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nama kepala desa yang menandatangani surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pusat layanan</source>
        <translation type="unfinished">Nama pusat layanan</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop surat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder salinan cadangan harian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Ubah status kasus: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status sekarang: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal ditutup (bila ditutup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim perubahan di laptop ini ke server pusat dan terima perubahan dari laptop lain pusat layanan ini. Data tetap bisa dikerjakan tanpa internet; sinkronkan bila ada sambungan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya https://desmig.contoh.go.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Hentikan sesudah langkah yang sedang berjalan; tidak ada data yang hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan belum terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkron terakhir berhasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesalahan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server pusat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(seluruh data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertahankan nilai sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakai nilai lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atau tulis nilai yang benar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan nilai ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom yang diubah di dua laptop sebelum sempat tersinkron, atau nilai yang harus unik (NIK, nomor anggota, nama pengguna) yang dipakai dua data. Nilai yang lebih akhir dipakai; nilai lainnya disimpan di sini untuk diperiksa pengawas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan yang ditolak server. Perubahan itu tidak dihapus; periksa alasannya dan perbaiki datanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diubah dua kali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dihapus dan diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nilai ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tetap ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflik terbuka ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan ditolak ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertahankan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya pengawas atau admin yang boleh menyelesaikan konflik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflik diselesaikan. Keputusan ini dikirim ke server pada sinkronisasi berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya pengawas atau admin yang boleh menjalankan sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop ini belum terdaftar ke server pusat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim perubahan laptop ini, lalu terima perubahan dari server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop ini belum terdaftar ke server pusat, jadi belum bisa disinkronkan. Semua data tetap tersimpan di laptop ini. Untuk mendaftarkannya, minta kode pendaftaran dari operator server, lalu jalankan di terminal:
desmig enrol --server https://alamat-server --code KODE --admin-user NAMA_ADMIN --admin-password-file BERKAS_SANDI
Pendaftaran membuat data baru di laptop ini dan mengunduh data pusat layanan dari server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat server harus diawali https:// (atau http:// untuk uji coba).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi otomatis: menghubungi server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghubungi server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghentikan sesudah langkah ini...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi berhasil ({when}): {pushed} dikirim, {pulled} diterima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi belum selesai: {pending} perubahan belum diterima server. Jalankan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan ditolak server; lihat daftar di bawah.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Versi baru aplikasi ({version}) sudah tersedia: minta penginstalnya kepada operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi lain sedang berjalan; tunggu sampai selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi dihentikan. Yang sudah terkirim atau diterima tetap tersimpan; sisanya dilanjutkan pada sinkronisasi berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Tidak dapat dilanjutkan</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lulus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak lulus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengundurkan diri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation type="unfinished">Pelatihan</translation>
    </message>
    <message>
        <source>Saring nama pelatihan, BLK, kejuruan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLK / LPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kejuruan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pelatihan-blk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peserta: pilih pelatihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peserta-blk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring nama, skema, nomor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skema sertifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSP penerbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sertifikat-kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan BLK dan peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation type="unfinished">Memuat...</translation>
    </message>
    <message numerus="yes">
        <source>%n pelatihan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} dari {total} pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sertifikat</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} dari {total} sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n peserta, {passed} lulus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hasil pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah peserta: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished">Nama pengguna</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah pengguna...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah peran...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur ulang kata sandi...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti kata sandi saya...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>petugas</source>
        <translation type="unfinished">petugas</translation>
    </message>
    <message>
        <source>pengawas</source>
        <translation type="unfinished">pengawas</translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished">admin</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat menambah pengguna, mengubah peran, menonaktifkan akun atau mengatur ulang kata sandi. Minta admin pusat layanan bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktifkan kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huruf kecil, misalnya siti.aminah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation type="unfinished">Kata sandi</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished">Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama. Ketik ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah peran {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur ulang kata sandi {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beri tahu kata sandi baru ini kepada {user} secara langsung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti kata sandi saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message>
        <source>Ketik nama desa/kelurahan atau kodenya, misalnya Kesugihan atau 33.01.02.2003</source>
        <translation>Ketik nama desa/kelurahan atau kodenya, misalnya Kesugihan atau 33.01.02.2003</translation>
    </message>
    <message>
        <source>Cari desa</source>
        <translation>Cari desa</translation>
    </message>
    <message>
        <source>Hasil pencarian desa</source>
        <translation>Hasil pencarian desa</translation>
    </message>
    <message>
        <source>Ketik paling sedikit 3 huruf.</source>
        <translation>Ketik paling sedikit 3 huruf.</translation>
    </message>
    <message>
        <source>Belum ada desa yang dipilih.</source>
        <translation>Belum ada desa yang dipilih.</translation>
    </message>
    <message>
        <source>Tidak ada desa yang cocok. Periksa ejaan, atau ketik kode desanya.</source>
        <translation>Tidak ada desa yang cocok. Periksa ejaan, atau ketik kode desanya.</translation>
    </message>
    <message numerus="yes">
        <source>%n hasil teratas; ketik lebih lengkap (misalnya nama kecamatan) untuk mempersempit.</source>
        <translation>
            <numerusform>%n hasil teratas; ketik lebih lengkap (misalnya nama kecamatan) untuk mempersempit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desa cocok; pilih salah satu.</source>
        <translation>
            <numerusform>%n desa cocok; pilih salah satu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dipilih: {name} (kode {code})</source>
        <translation>Dipilih: {name} (kode {code})</translation>
    </message>
</context>
<context>
    <name>VocationalTrainingDialog</name>
    <message>
        <source>Tambah pelatihan BLK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLK / LPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya BLK Cilacap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kejuruan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misalnya tata boga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Cabut persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan yang dicabut tetap tercatat beserta tanggal dan alasannya. Sesudah ini, data orang ini tidak boleh lagi diproses untuk tujuan tersebut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pencabutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan pencabutan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
