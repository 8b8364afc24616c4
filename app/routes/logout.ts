import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { endSession } from '~/modules/auth/login-session.server'

export async function action({ context }: ActionFunctionArgs) {
  const cookie = await endSession(context.viewer?.session.id, context.secureCookies)
  return redirect('/', { headers: { 'Set-Cookie': cookie } })
}

// Signing out changes state, so it is a POST only; a GET just goes home.
export const loader = () => redirect('/')
