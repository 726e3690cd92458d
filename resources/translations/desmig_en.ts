<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
    <name>LockedPage</name>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk - Desmigratif</source>
        <translation>Log in - Desmigratif</translation>
    </message>
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
        <source>Belum tersinkron</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Sinkronisasi dengan server pusat hadir pada versi berikutnya.</source>
        <translation>Synchronisation with the central server comes in a later version.</translation>
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
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
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
        <source>Desmigratif - {name}</source>
        <translation>Desmigratif - {name}</translation>
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
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ubah data orang yang dipilih (Enter)</source>
        <translation>Edit the selected person (Enter)</translation>
    </message>
    <message>
        <source>Memuat...</source>
        <translation>Loading...</translation>
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
        <source>Laki-laki (L)</source>
        <translation>Male (L)</translation>
    </message>
    <message>
        <source>Perempuan (P)</source>
        <translation>Female (P)</translation>
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
        <source>Tidak/belum sekolah</source>
        <translation>No schooling (yet)</translation>
    </message>
    <message>
        <source>SD/sederajat</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>SMP/sederajat</source>
        <translation>Junior secondary school</translation>
    </message>
    <message>
        <source>SMA/SMK/sederajat</source>
        <translation>Senior secondary or vocational school</translation>
    </message>
    <message>
        <source>Diploma (D1-D3)</source>
        <translation>Diploma (D1-D3)</translation>
    </message>
    <message>
        <source>Sarjana (S1/D4)</source>
        <translation>Bachelor (S1/D4)</translation>
    </message>
    <message>
        <source>Pascasarjana (S2/S3)</source>
        <translation>Postgraduate (S2/S3)</translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Istri/suami</source>
        <translation>Wife/husband</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Menantu</source>
        <translation>Son- or daughter-in-law</translation>
    </message>
    <message>
        <source>Cucu</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Mertua</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <source>Famili lain</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>Halaman ini sedang disiapkan dan akan tersedia pada versi berikutnya.</source>
        <translation>This page is being prepared and comes in a later version.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
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
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Semua data pusat layanan ada di folder ini (penyimpanan, cadangan, lampiran, catatan kesalahan). Salin folder ini untuk memindahkan data ke laptop lain.</source>
        <translation>All of the centre&apos;s data is in this folder (store, backups, attachments, error logs). Copy this folder to move the data to another laptop.</translation>
    </message>
    <message>
        <source>Disimpan. Bahasa berganti setelah aplikasi ditutup dan dibuka lagi.</source>
        <translation>Saved. The language changes once the application is closed and opened again.</translation>
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
    <name>run_app</name>
    <message>
        <source>Data tidak dapat dibuka</source>
        <translation>The data cannot be opened</translation>
    </message>
    <message>
        <source>Data di {path} tidak dapat dibuka: {error}</source>
        <translation>The data at {path} cannot be opened: {error}</translation>
    </message>
</context>
</TS>
