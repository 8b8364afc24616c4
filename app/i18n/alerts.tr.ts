import type { alertsDe } from './alerts.de'

export const alertsTr: Record<keyof typeof alertsDe, string> = {
  'nav.searches': 'Arama abonelikleri',

  'alerts.title': 'Arama abonelikleri',
  'alerts.intro': 'Kaydettiğiniz her arama için yeni ilanları size e-posta ile göndeririz – günlük veya haftalık, ve yalnızca yeni bir şey varsa.',
  'alerts.empty': 'Henüz bir arama kaydetmediniz. İş veya Ausbildung yeri arayın ve orada „Aramayı kaydet“ seçeneğini seçin.',
  'alerts.toSearch': 'Aramaya git',
  'alerts.save': 'Aramayı kaydet',
  'alerts.save.hint': 'Bundan sonra uygun yeni ilanları e-posta ile alırsınız.',
  'alerts.limit': 'En fazla 20 arama kaydedebilirsiniz. Lütfen önce başka bir aramayı silin.',
  'alerts.name': 'Aramanın adı',
  'alerts.frequency': 'Yeni ilanları içeren e-posta',
  'alerts.frequency.daily': 'günlük',
  'alerts.frequency.weekly': 'haftalık',
  'alerts.update': 'Değişiklikleri kaydet',
  'alerts.run': 'Aramayı aç',
  'alerts.delete': 'Aramayı sil',
  'alerts.savedOn': 'Kaydedilme tarihi: {date}',
  'alerts.name.all': 'Tüm ilanlar',
  'alerts.name.where': '{where} (+{radius} km)',
  'alerts.name.moreFilters': '+ {count} filtre',

  'alerts.unsubscribe.title': 'Bir aramayla ilgili e-postalardan çık',
  'alerts.unsubscribe.confirm': '„{name}“ aramasıyla ilgili artık e-posta almayacaksınız ve kayıtlı arama silinecek.',
  'alerts.unsubscribe.submit': 'Abonelikten çık',
  'alerts.unsubscribe.done': 'Tamam: Bu aramayla ilgili size artık e-posta göndermeyeceğiz.',
  'alerts.unsubscribe.gone': 'Bu e-postaların aboneliği zaten iptal edilmiş.',
  'alerts.unsubscribe.invalid':
    'Bu abonelikten çıkma bağlantısı geçersiz. Lütfen e-postadaki bağlantının tamamını açın – veya giriş yapıp aramayı „Arama abonelikleri“ bölümünden silin.',
  'alerts.unsubscribe.manage': 'Tüm arama aboneliklerini yönet',

  'alerts.mail.count.one': 'bir yeni ilan',
  'alerts.mail.count.other': '{count} yeni ilan',
  'alerts.mail.item': '{title}\n{company}, {place}\n{link}',
  'alerts.mail.more': '… ve {count} ilan daha.',
  'mail.search-alert.subject': 'Aramanız için yeni ilanlar: „{search}“',
  'mail.search-alert.body':
    'Kayıtlı aramanız („{search}“) için {countText} var:\n\n{list}\n\nAramanın tüm sonuçları: {searchLink}\n\nBu aramayla ilgili artık e-posta almak istemiyor musunuz? Tek tıkla abonelikten çıkın: {unsubscribeLink}',
}
