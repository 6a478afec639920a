// What demo shoppers write when they answer "What stopped you?" in the checkout:
// per step and reason, in English and Simplified Chinese. For `other`, the
// texts are what they type into the "Other" box.

export type CheckoutStep = 'cart' | 'shipping' | 'payment';

export interface Texts {
  en: readonly string[];
  zh: readonly string[];
}

export const ABANDON_COMMENTS: Record<CheckoutStep, Record<string, Texts>> = {
  cart: {
    unexpected_costs: {
      en: [
        '$12.95 shipping on top of one jacket is too much.',
        'Didn’t expect tax to be added in the cart.',
        'Free shipping only over $350? No thanks.',
        'The total jumped once shipping was added.',
      ],
      zh: ['运费太贵了，一件外套还要 $12.95。', '没想到还要另外加税。'],
    },
    just_looking: {
      en: ['Just checking the total, will buy on payday.', 'Comparing prices with another shop.', 'Saving it for later.'],
      zh: ['只是先看看总价。', '先放购物车，下次再买。'],
    },
    missing_information: {
      en: ['Couldn’t see when it would arrive.', 'No word on returns anywhere in the cart.'],
      zh: ['看不到预计送达时间。'],
    },
    technical_problem: {
      en: ['The quantity buttons did nothing.', 'Promo code field kept spinning.'],
      zh: ['优惠码一直在转圈。'],
    },
    other: {
      en: ['Wanted to check with my partner first.', 'The size I need is back-ordered.', 'No gift wrap option.'],
      zh: ['想先问问家人的意见。', '我要的尺码缺货。'],
    },
  },
  shipping: {
    unexpected_costs: {
      en: ['Express shipping costs almost as much as the pack.', 'Shipping to Canada is $34?!', 'Import duties not included, I had to guess.'],
      zh: ['快递费比预想的贵很多。', '寄到加拿大的运费太高了。'],
    },
    form_confusing: {
      en: [
        'The form asks for my email twice.',
        'Postcode field rejected my Canadian postcode.',
        'Autocomplete filled in the wrong city and I couldn’t fix it on my phone.',
        'Far too many fields on a small screen.',
      ],
      zh: ['表单太长了，手机上很难填。', '邮编格式一直报错。'],
    },
    missing_information: {
      en: ['No delivery date, only “3–5 business days”.', 'Can I ship to a pickup point or not?'],
      zh: ['不知道什么时候能送到。'],
    },
    technical_problem: {
      en: ['The Continue button did nothing.', 'The page reloaded and lost my address.'],
      zh: ['页面刷新后地址没了。'],
    },
    just_looking: {
      en: ['Only checking delivery times for now.'],
      zh: ['只是看看运费。'],
    },
    other: {
      en: ['Need to ask the office for the delivery address.', 'Wanted to split the order over two addresses.'],
      zh: ['想寄到两个不同的地址。'],
    },
  },
  payment: {
    payment_failed: {
      en: [
        'Card was declined twice, my bank says nothing was blocked.',
        'Payment timed out after the 3-D Secure step.',
        'The spinner kept spinning after I pressed Pay.',
        'Got “payment failed” but my bank shows a pending charge.',
        'Tried two cards, both declined.',
      ],
      zh: ['信用卡被拒绝了两次，银行说没问题。', '付款超时了，不知道有没有扣款。', '3D验证页面一直加载不出来。'],
    },
    technical_problem: {
      en: [
        'Error “something went wrong” with no explanation.',
        'The card number field kept deleting digits.',
        'Page froze after I entered the expiry date.',
      ],
      zh: ['页面出错了，没有任何提示。', '卡号输入框一直删字。'],
    },
    unexpected_costs: {
      en: ['A card fee at the last step? Really?', 'The total changed again on the payment page.'],
      zh: ['最后一步又多了手续费。'],
    },
    form_confusing: {
      en: ['Is the billing address the same as shipping? The form didn’t say.', 'Expiry field wants MM/YY but my phone shows letters.'],
      zh: ['账单地址和收货地址搞不清楚。'],
    },
    just_looking: {
      en: ['Will pay when my new card arrives.'],
      zh: ['下次再付款。'],
    },
    missing_information: {
      en: ['Is there a warranty on the jacket? Couldn’t find it.'],
      zh: ['找不到保修信息。'],
    },
    other: {
      en: ['No PayPal, I don’t type my card number into websites.', 'Wanted to pay with Apple Pay.', 'I need an invoice for my company.'],
      zh: ['不支持支付宝或微信支付吗？', '需要开发票。'],
    },
  },
};
