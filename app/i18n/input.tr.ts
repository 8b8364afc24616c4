import type { inputDe } from './input.de'

export const inputTr: Record<keyof typeof inputDe, string> = {
  'input.badRequest.title': 'İstek anlaşılamadı',
  'input.badRequest.text': 'İstek, işleyemediğimiz bilgiler içeriyor. Lütfen girdiğiniz bilgileri veya adresi kontrol edin.',
  'input.controlCharacters': 'Bu alan izin verilmeyen kontrol karakterleri içeriyor. Lütfen bunları kaldırın.',
  'input.controlCharactersInAddress': 'Adres izin verilmeyen kontrol karakterleri içeriyor.',
  'input.malformedForm': 'Form eksik veya bozuk ulaştı. Lütfen yeniden gönderin.',
  'input.unsupportedMediaType.title': 'Form okunamıyor',
  'input.unsupportedMediaType': 'Form kabul etmediğimiz bir biçimde gönderildi. Lütfen sayfa üzerinden yeniden gönderin.',
  'input.payloadTooLarge.title': 'Çok fazla veri',
  'input.payloadTooLarge': 'Gönderilen veriler çok büyük. Lütfen dosyayı küçültün veya metinleri kısaltın.',
  'input.conflict.title': 'Bu işlem yapılamadı',
  'input.conflict.text': 'Bu, güncel durumla çelişiyor. Lütfen sayfayı yeniden yükleyip tekrar deneyin.',
}
