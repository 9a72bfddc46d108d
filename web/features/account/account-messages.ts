import { defineMessages, type MessageKey } from '../../lib/i18n/define-messages.ts'

/** Strings of signing in and out (the header's account button and the sign-in dialog). */
export const ACCOUNT_MESSAGES = defineMessages({
  en: {
    'account.signIn': 'Sign in',
    'account.signInLabel': 'Sign in to edit places',
    'account.title': 'Sign in',
    'account.intro': 'For staff who keep the places up to date. Visitors need no account.',
    'account.userName': 'User name',
    'account.password': 'Password',
    'account.submit': 'Sign in',
    'account.signingIn': 'Signing in…',
    'account.cancel': 'Cancel',
    'account.wrong': 'Wrong user name or password.',
    'account.throttled': 'Too many attempts. Try again in {seconds} s.',
    'account.failed': 'Signing in did not work. Check the connection and try again.',
    'account.signedInAs': 'Signed in as {name} ({role})',
    'account.signOut': 'Sign out',
    'account.role.viewer': 'viewer',
    'account.role.editor': 'editor',
    'account.role.admin': 'administrator',
  },
  zh: {
    'account.signIn': '登录',
    'account.signInLabel': '登录以编辑地点',
    'account.title': '登录',
    'account.intro': '供维护地点数据的工作人员使用，访客无需账号。',
    'account.userName': '用户名',
    'account.password': '密码',
    'account.submit': '登录',
    'account.signingIn': '正在登录…',
    'account.cancel': '取消',
    'account.wrong': '用户名或密码错误。',
    'account.throttled': '尝试次数过多，请 {seconds} 秒后再试。',
    'account.failed': '登录未成功，请检查网络后重试。',
    'account.signedInAs': '已登录：{name}（{role}）',
    'account.signOut': '退出登录',
    'account.role.viewer': '查看者',
    'account.role.editor': '编辑',
    'account.role.admin': '管理员',
  },
})

export type AccountKey = MessageKey<typeof ACCOUNT_MESSAGES>
