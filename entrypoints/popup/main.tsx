import { render } from 'preact';
render(<p>Decline Politely</p>, document.getElementById('app')!);
