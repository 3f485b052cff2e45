import type { LanguagePack } from './pack.ts';

export const tr: LanguagePack = {
  lang: 'tr',
  name: 'Turkish',
  countries: { TR: 92, DE: 5, CY: 3 },
  cities: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Eskişehir'],
  currency: (n) => `${n * 30} TL`,
  firstNames: ['Ayşe', 'Mehmet', 'Zeynep', 'Emre', 'Elif', 'Burak', 'Selin', 'Can', 'Deniz', 'Merve', 'Oğuz', 'Gizem', 'Kerem', 'İrem', 'Ozan'],
  lastNames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Koç', 'Güneş'],
  tone: {
    positive: [
      '{b} siparişim 15 dakikada geldi, harika!',
      'fena değil {b}, kurye çok kibardı',
      '{p} gerçekten işe yarıyor, tavsiye ederim',
      '{r} yerine artık {b} kullanıyorum, çok daha iyi',
      '{b} müşteri hizmetleri sorunumu hemen çözdü, teşekkürler',
      'yemek sıcacık geldi, {b} bu akşam çok iyiydi',
      '{b} market alışverişi için süper pratik',
    ],
    negative: [
      '{b} gün geçtikçe kötüleşiyor',
      'bir daha asla {b} kullanmam',
      '{b} müşteri hizmetleri hiç iyi değil',
      '{b} yerine {r} kullanmaya başladım, çok daha iyi',
      'ucuz ama {b} yine siparişin yarısını unuttu',
      '{b} teslimat ücreti {a} olmuş, saçmalık',
      '{p} eskiden iyiydi, artık hiç değmez',
    ],
    neutral: [
      '{b} {c} şehrine de geliyor mu?',
      '{p} kullanan var mı, değer mi?',
      'market için {b} mi {r} mı?',
      '{b} yeni kampanya başlatmış',
      'bu akşam {b} üzerinden sipariş vereceğim, önerisi olan?',
    ],
  },
  themes: {
    delivery_delay: [
      'siparişim {h} saattir gelmedi, {b} ne oluyor?',
      '{m} dakikadır {b} siparişimi bekliyorum',
      'kurye hâlâ yolda görünüyor ama {b} teslim edildi yazmış',
      '{b} yine geç kaldı, tahmini süreyi {m} dakika geçti',
    ],
    double_charge: [
      '{b} kartımdan iki kez çekim yaptı, aynı sipariş için',
      'aynı sipariş için {b} iki kere ücret aldı, {a} iki defa çekildi',
      '{b} hesabımdan mükerrer ödeme aldı, kimse cevap vermiyor',
    ],
    app_crash: [
      '{b} uygulaması ödeme ekranında çöküyor',
      'güncellemeden beri {b} uygulaması giriş yaparken kapanıyor',
      '{b} ödeme adımında donup kapanıyor, sepetim de silindi',
      '{b} uygulaması açılmıyor, girişte çöktü yine',
    ],
    refund_missing: [
      '{b} iadem hâlâ yatmadı, {d} gün oldu',
      '{d} gün geçti, {b} iptal edilen siparişin parasını iade etmedi',
      '{b} iade yapıldı diyor ama {a} hesabıma gelmedi',
    ],
  },
  greenbox: [
    '{b} yeni #GreenBox paketleri çok güzel, plastik yok',
    'ilk #greenbox siparişim {b} ile geldi, kutu geri dönüşümlü',
  ],
  care: [
    'Yaşadığınız sorun için üzgünüz. Sipariş numaranızı DM ile iletir misiniz?',
    'Bilgi için teşekkürler, ekibimiz konuyu inceliyor. Lütfen DM kutunuzu kontrol edin.',
  ],
  headlines: {
    positive: ['{b} {c} genelinde hızlı market teslimatına başladı', '{b} müşteri memnuniyetinde ilk sırada'],
    negative: ['{b} kullanıcıları artan ücretlerden şikayetçi', '{b} siparişlerinde sorun bildiriliyor'],
    neutral: ['{b} ve {r} market teslimatında yarışıyor', '{b} {c} için {p} hizmetini duyurdu'],
  },
  tags: ['kurye', 'market', 'şikayet', 'sipariş'],
};
