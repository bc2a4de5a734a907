// Renderer entry: Pinia, the bridge to main, the app.
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { setBridge, windowBridge } from './api/bridge';
import App from './App.vue';
import './styles.css';

setBridge(windowBridge());
createApp(App).use(createPinia()).mount('#app');
