import type { counsellingDe } from './counselling.de'

export const counsellingTr: Record<keyof typeof counsellingDe, string> = {
  'nav.counselling': 'Meslek odalarından danışmanlık',
  'nav.caseload': 'Danışmanlık vakaları',

  // The seeker's page: consent per chamber, and referrals after a rejection
  'counselling.title': 'Meslek odalarından danışmanlık',
  'counselling.intro':
    'Handwerkskammer’lerin (zanaat odaları) ve Kreishandwerkerschaft’ların (ilçe zanaatkârlar birlikleri) Ausbildung danışmanları, size uygun bir Ausbildung yeri veya iş bulmanıza yardımcı olur. Bir odanın size danışmanlık yapabilmesi için ona onay verirsiniz – ve bu onayı istediğiniz zaman geri alabilirsiniz.',
  'counselling.means.title': 'Onayınızın anlamı',
  'counselling.means.sees': 'Bu odanın danışmanları şunları görür:',
  'counselling.means.profile': 'Adınızı ve profilinizi: hedef grup, diploma, diller, beceriler, ikamet yeri, ulaşım, istediğiniz meslekler',
  'counselling.means.matches': 'açık ilanların profilinize ne kadar uyduğunu („Uyum: … %“ değerleri ve gerekçeleri)',
  'counselling.means.applications': 'hangi ilanlara başvurduğunuzu ve her birinin durumunu',
  'counselling.means.notSees': 'Şunları görmezler:',
  'counselling.means.documents': 'Belgelerinizi (özgeçmiş, karneler/diplomalar), ön yazılarınızı ve işletmelerle yazışmalarınızı',
  'counselling.means.email': 'E-posta adresinizi – önerileri size biz kendimiz göndeririz',
  'counselling.means.does':
    'Oda, danışmanlık süreciyle ilgili notlar tutar ve size ilanlar önerebilir. Öneriler „Bana öneriler“ bölümünün en üstünde yer alır ve bununla ilgili bir e-posta alırsınız.',
  'counselling.means.revoke':
    'Onayınızı geri alırsanız oda sizi hemen görmez olur ve sizinle ilgili notları ve önerileri silinir.',
  'counselling.chambers.title': 'Meslek odaları',
  'counselling.chambers.empty': 'Henüz kayıtlı meslek odası yok.',
  'counselling.chamber.granted': 'Onay tarihi: {date}',
  'counselling.chamber.notGranted': 'Onay yok',
  'counselling.grant': 'Onay ver',
  'counselling.revoke': 'Onayı geri al',
  'counselling.consent.invalid': 'Lütfen listeden bir meslek odası seçin.',
  'counselling.done.granted': 'Onayınız kaydedildi. Oda artık size danışmanlık yapabilir.',
  'counselling.done.revoked': 'Onayınız geri alındı. Oda artık sizi görmüyor; sizinle ilgili notları ve önerileri silindi.',
  'counselling.done.referralConsented': 'Onay verdiniz: Odanın incelenmiş diğer üye işletmeleri artık sizi görebilir.',
  'counselling.done.referralDeclined': 'Tamam: Bu öneri üzerinden kimse sizi görmez.',

  'counselling.referrals.title': 'Üye işletmelere tavsiye',
  'counselling.referrals.intro':
    'Başvurunuza olumsuz yanıt veren bir işletme, sizi kendi odasının diğer üye işletmelerine tavsiye edebilir – ama ancak siz onay verirseniz. Onayınızı burada istediğiniz zaman geri çekebilirsiniz.',
  'counselling.referrals.empty': 'Şu ana kadar hiçbir işletme sizi tavsiye etmeyi önermedi.',
  'counselling.referral.item': 'Bir işletme sizi bir odanın üye işletmelerine tavsiye etmek istiyor. İşletme: {company} (olumsuz yanıt verilen ilan: „{title}“), oda: {chamber}.',
  'counselling.referral.status.offered': 'Henüz yanıtlanmadı – kimse sizi görmüyor',
  'counselling.referral.status.consented': 'Onaylandı – odanın incelenmiş diğer üye işletmeleri sizi görüyor',
  'counselling.referral.status.declined': 'Reddedildi – kimse sizi görmüyor',
  'counselling.referral.consent': 'Onayla',
  'counselling.referral.decline': 'Reddet',
  'counselling.referral.withdraw': 'Onayı geri çek',
  'counselling.referral.consentAgain': 'Yine de onayla',
  'counselling.referral.invalid': 'Lütfen „Onayla“ veya „Reddet“ seçeneğini seçin.',

  // The signed link in the referral mail
  'counselling.referral.title': 'Diğer işletmelere tavsiye',
  'counselling.referral.lead':
    'Bir işletme „{title}“ ilanına yaptığınız başvuruya olumsuz yanıt verdi, ancak sizi başka işletmelere tavsiye etmek istiyor. İşletme: {company}. Onay verirseniz, şu odanın incelenmiş diğer üye işletmeleri sizi „önerildi“ olarak görür: {chamber}.',
  'counselling.referral.means.title': 'Onayınızın anlamı',
  'counselling.referral.means.sees':
    'Şu odanın incelenmiş üye işletmeleri ({company} hariç) aday aramalarında profilinizi – diploma, diller, beceriler, ikamet yeri, ulaşım, istediğiniz meslekler – görür ve sizi başvuruya davet edebilir: {chamber}.',
  'counselling.referral.means.notSees': 'Belgelerinizi, ön yazınızı, mesajlarınızı ve olumsuz yanıtın nedenini görmezler.',
  'counselling.referral.means.withdraw':
    'Onayınızı istediğiniz zaman „Meslek odalarından danışmanlık“ bölümünden geri çekebilirsiniz. Reddederseniz veya hiçbir şey yapmazsanız, kimse sizi görmez.',
  'counselling.referral.current': 'Şimdiye kadarki yanıtınız: {status}',
  'counselling.referral.invalidLink':
    'Bu bağlantı geçersiz veya süresi dolmuş. Giriş yapın – yanıtınızı „Meslek odalarından danışmanlık“ bölümünden vermeye devam edebilirsiniz.',
  'counselling.referral.gone': 'Bu tavsiye artık mevcut değil.',
  'counselling.referral.manage': '„Meslek odalarından danışmanlık“ bölümüne git',

  // The chamber's caseload
  'counselling.caseload.title': 'Danışmanlık vakaları',
  'counselling.caseload.intro':
    'Burada yalnızca şu odaya danışmanlık için onay vermiş kişiler yer alır: {chamber}. Biri onayını geri alırsa vaka – notlarınız ve önerilerinizle birlikte – hemen kaybolur.',
  'counselling.caseload.empty': 'Henüz kimse şu odaya onay vermedi: {chamber}.',
  'counselling.caseload.name': 'Ad',
  'counselling.caseload.home': 'İkamet yeri',
  'counselling.caseload.since': 'Onay tarihi',
  'counselling.caseload.notes': 'Notlar',
  'counselling.caseload.lastNote': 'Son not',
  'counselling.caseload.unknown': '–',

  'counselling.case.back': 'Danışmanlık vakalarına dön',
  'counselling.case.lead': 'Onay tarihi: {date}',
  'counselling.case.profile': 'Profil',
  'counselling.case.noProfile': 'Kişi henüz profilini doldurmadı.',
  'counselling.case.wishedOccupations': 'İstenen meslekler',
  'counselling.case.wishedOfferTypes': 'İstenen ilan türleri',
  'counselling.case.matches': 'En uygun açık ilanlar',
  'counselling.case.matches.empty': 'Şu anda profile uyan açık ilan yok.',
  'counselling.case.applications': 'Başvurular',
  'counselling.case.applications.empty': 'Henüz başvuru yok.',
  'counselling.case.applications.listing': 'İlan',
  'counselling.case.applications.company': 'İşletme',
  'counselling.case.applications.status': 'Durum',
  'counselling.case.applications.updated': 'Son değişiklik',
  'counselling.case.notes': 'Danışmanlık süreci',
  'counselling.case.notes.empty': 'Henüz not yok.',
  'counselling.case.note.by': '{author}, {date}',
  'counselling.case.note.formerStaff': 'eski danışman',
  'counselling.case.note.add': 'Not ekle',
  'counselling.case.note.label': 'Yeni not',
  'counselling.case.note.hint': 'Notları yalnızca sizin odanız görür. Kişi onayını geri alırsa notlar silinir.',
  'counselling.case.note.submit': 'Notu kaydet',
  'counselling.note.tooLong': 'En fazla 5.000 karakter.',
  'counselling.case.recommend.title': 'İlan öner',
  'counselling.case.recommend.listing': 'İlan',
  'counselling.case.recommend.listing.hint': 'Profile en uygun açık ilanlar.',
  'counselling.case.recommend.option': '{title} – {company}, {place} (uyum: %{score})',
  'counselling.case.recommend.note': 'Kişiye not (isteğe bağlı)',
  'counselling.case.recommend.note.hint': 'Öneride ve kişiye gönderilen e-postada yer alır.',
  'counselling.case.recommend.submit': 'Öner',
  'counselling.case.recommend.none': 'Öneri yapmak için uygun açık ilanlar gerekir – bunun için kişinin profilini doldurması gerekir.',
  'counselling.recommend.choose': 'Lütfen bir ilan seçin.',
  'counselling.recommend.noteTooLong': 'En fazla 1.000 karakter.',
  'counselling.recommend.notOpen': 'Bu ilan artık açık değil.',
  'counselling.recommend.already': 'Odanız bu ilanı zaten önerdi.',
  'counselling.case.recommended': 'Odanızın önerileri',
  'counselling.case.recommended.by': 'öneren: {author}, {date}',
  'counselling.case.recommended.closed': 'artık açık değil – kişi bunu artık görmüyor',
  'counselling.done.note': 'Not kaydedildi.',
  'counselling.done.recommended': 'Öneri kaydedildi ve kişiye bir e-posta gönderiliyor.',

  // At the top of /me/recommendations
  'counselling.picks.title': 'Danışmanınızın önerileri',
  'counselling.picks.by': 'öneren: {chamber}',
  'counselling.picks.note': 'Odanın notu',
  'counselling.picks.manage': 'Danışmanlığı yönet',

  // The employer's rejection form
  'counselling.passOn.legend': 'Tavsiye et',
  'counselling.passOn.one': 'şu odanın diğer üye işletmelerine tavsiye et: {chamber}',
  'counselling.passOn.none': 'tavsiye etme',
  'counselling.passOn.hint':
    'Kişi bir e-posta alır ve kendisi karar verir. Ancak onay verirse, incelenmiş diğer üye işletmeler onu aday aramasında görür – belgeleri ve olumsuz yanıtın nedenini asla görmezler.',
  'counselling.passOn.invalid': 'Yalnızca işletmenizin incelenmiş üye olduğu bir oda üzerinden tavsiye edebilirsiniz.',
  'counselling.passOn.done': 'Kişiye, tavsiye edilmek isteyip istemediği e-posta ile soruldu.',

  'counselling.mail.noteFrom': 'Odanın notu ({chamber}):',
  'mail.referral-offer.subject': 'Bir işletme sizi tavsiye etmek istiyor: {company}',
  'mail.referral-offer.body':
    'Bir işletme size olumsuz yanıt verdi, ancak sizi şu odanın diğer üye işletmelerine tavsiye etmek istiyor: {chamber}. İşletme: {company}\n\nOnay verirseniz, bu işletmeler profilinizi görür (belgelerinizi ve olumsuz yanıtın nedenini görmez) ve sizi başvuruya davet edebilir. Reddederseniz veya hiçbir şey yapmazsanız, kimse sizi görmez. Onayınızı istediğiniz zaman geri çekebilirsiniz.\n\nBu bağlantı üzerinden {days} gün boyunca onay verebilir veya reddedebilirsiniz:',
  'mail.counselling-recommendation.subject': 'Meslek odası size öneriyor ({chamber}): {title}',
  'mail.counselling-recommendation.body':
    'Danışmanınız size bir ilan öneriyor: „{title}“, işletme: {company}. Meslek odası: {chamber}.{note}\n\nÖneriyi ayrıca „Bana öneriler“ bölümünün en üstünde de bulabilirsiniz. İlana git:',
}
