import torch
from torch.autograd.functional import jacobian

# 在 x = 1.5 处核对基本函数的求导公式；float64 让比较只剩极小的舍入误差
x = torch.tensor(1.5, dtype=torch.float64)
a = 2.5
rules = [
    # 法则、函数、按法则写出的导数
    ("常数", lambda t: torch.full_like(t, 3.0), torch.tensor(0.0, dtype=torch.float64)),
    ("幂 x^2.5", lambda t: t**a, a * x ** (a - 1)),
    ("指数 e^x", torch.exp, torch.exp(x)),
    ("对数 ln x", torch.log, 1 / x),
    ("正弦 sin x", torch.sin, torch.cos(x)),
    ("余弦 cos x", torch.cos, -torch.sin(x)),
]
# 每一行：法则、autograd 求出的导数、法则给出的导数、两者是否一致
for name, f, by_rule in rules:
    d = jacobian(f, x)
    print(name, round(d.item(), 4), round(by_rule.item(), 4), torch.allclose(d, by_rule))
    #> 常数 0.0 0.0 True
    #> 幂 x^2.5 4.5928 4.5928 True
    #> 指数 e^x 4.4817 4.4817 True
    #> 对数 ln x 0.6667 0.6667 True
    #> 正弦 sin x 0.0707 0.0707 True
    #> 余弦 cos x -0.9975 -0.9975 True
