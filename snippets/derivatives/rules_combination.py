import torch
from torch.autograd.functional import jacobian

# u = sin x，v = x^2 + 1（处处不为 0），在 x = 1.5 处核对和、积、商三条法则
x = torch.tensor(1.5, dtype=torch.float64)
u, du = torch.sin(x), torch.cos(x)
v, dv = x**2 + 1, 2 * x

rules = [
    # 法则、函数、按法则写出的导数
    ("和 u+v", lambda t: torch.sin(t) + (t**2 + 1), du + dv),
    ("积 uv", lambda t: torch.sin(t) * (t**2 + 1), du * v + u * dv),
    ("商 u/v", lambda t: torch.sin(t) / (t**2 + 1), (du * v - u * dv) / v**2),
]
# 每一行：法则、autograd 求出的导数、法则给出的导数、两者是否一致
for name, f, by_rule in rules:
    d = jacobian(f, x)
    print(name, round(d.item(), 4), round(by_rule.item(), 4), torch.allclose(d, by_rule))
    #> 和 u+v 3.0707 3.0707 True
    #> 积 uv 3.2224 3.2224 True
    #> 商 u/v -0.2615 -0.2615 True
