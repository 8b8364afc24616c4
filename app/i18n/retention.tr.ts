import type { retentionDe } from './retention.de'

export const retentionTr: Record<keyof typeof retentionDe, string> = {
  'retention.days.one': '{n} gün',
  'retention.days.other': '{n} gün',
  'retention.months.one': '{n} ay',
  'retention.months.other': '{n} ay',

  'retention.notice.account': 'Hesap verilerini, siz hesabınızı silene veya biz hareketsizlik nedeniyle silene kadar saklarız (aşağıya bakın).',
  'retention.notice.unverified': 'E-posta adresi onaylanmamış bir hesabı kayıttan {unverifiedAccount} sonra sileriz.',
  'retention.notice.inactive':
    '{inactiveAccount} boyunca giriş yapmadıysanız size yazarız. Bundan sonra tekrar giriş yapmazsanız, hesabı bu mesajdan {inactiveGrace} sonra tüm verileriyle birlikte sileriz.',
  'retention.notice.applications':
    'Bir başvuru süreci sona erdiğinde (olumsuz yanıt, geri çekme veya işe alım ve ilan kapatılmışsa), bundan {applicationData} sonra ön yazıyı, mesajları ve belgelerinizle bağlantıyı sileriz. Bu süre boyunca işletme, Genel Eşit Muamele Yasası’ndan doğan taleplere karşı kendini savunabilir (Madde 6 Fıkra 1 Bent f DSGVO). Silmeden {applicationNotice} önce bir e-posta alırsınız. İşletme, istatistiği için yalnızca anonim bir kayıt (tarihler, durum, meslek) saklar.',
  'retention.notice.documents': 'Profilinizdeki özgeçmiş ve karneler/belgeler, siz silene veya hesabınız silinene kadar kalır.',
  'retention.notice.counselling':
    'Bir meslek odasının danışmanlığınızla ilgili notlarını, onayınızı geri aldığınız anda, en geç son temastan {counsellingNotes} sonra sileriz.',
  'retention.notice.emails':
    'Size gönderdiğimiz e-postaların metnini gönderimden {mailBody} sonra sileriz. Alıcıyı, türü ve zamanı gönderim kanıtı olarak {mailRecord} boyunca saklarız.',
  'retention.notice.signIn':
    'Süresi dolmuş oturumları, e-postalardaki kullanılmış veya süresi dolmuş bağlantıları ve kötüye kullanıma karşı sayaçları (IP adresleriyle) her gün sileriz.',
  'retention.notice.audit': 'Güvenlik kaydını (kimin neyi ne zaman değiştirdiği, yalnızca hesap kimliğiyle) {auditLog} boyunca saklarız.',
  'retention.notice.listings':
    'Kapatılan iş ilanları, işletmenin geçmişi olarak {closedListing} boyunca saklanır; ardından iletişim kişisinin adını kaldırırız.',
  'retention.notice.reports':
    'Bir içeriği bildirirken adınızı veya e-posta adresinizi verirseniz, ikisini de bildiriminizle ilgili karar verildikten {reporterContact} sonra sileriz. Bildirimin kendisi bu bilgiler olmadan şeffaflık rakamlarımız için saklanır.',
  'retention.notice.views': 'İş ilanlarının görüntülenmelerini yalnızca günlük toplam olarak, IP adresi veya başka bir kimlik olmadan sayarız.',
  'retention.notice.logs': 'Sunucu kayıtlarını 14 gün sonra sileriz.',
  'retention.notice.legal': 'Yasal saklama yükümlülükleri saklıdır.',

  'mail.application-data-deletion.subject': 'Başvurunuz „{title}“: Ön yazı ve mesajlar silinecek – tarih: {date}',
  'mail.application-data-deletion.body':
    '„{title}“ için başvuru süreciniz tamamlandı. İşletme: {company}. {date} tarihinde ön yazınızı, mesajları ve belgelerinizle bağlantıyı sileceğiz. Bundan sonra işletme ({company}) kendi istatistiği için yalnızca anonim bir kayıt saklar. Profilinizdeki özgeçmiş ve karneler/belgeler korunur.\n\nBunlardan bir şey saklamak istiyorsanız, önceden „Hesap“ bölümünden verilerinizi indirin. Başvurunuz:',
  'mail.account-inactive.subject': 'Passgenau hesabınız silinecek – tarih: {date}',
  'mail.account-inactive.body':
    'Passgenau’ya son girişinizin üzerinden {period} süreden fazla zaman geçti. Verilerinizi gerekenden uzun süre saklamamak için hesabınızı {date} tarihinde tüm verileriyle birlikte sileceğiz.\n\nHesabınızı korumak istiyorsanız, bu tarihten önce giriş yapmanız yeterlidir:',
}
