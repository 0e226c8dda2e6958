import torch

# f(x1, x2) = x1^x2，在 (2, 3) 处；x1 > 0，ln x1 才有定义
x1 = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
x2 = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
(x1**x2).backward()
print(x1.grad, x2.grad)
#> tensor(12., dtype=torch.float64) tensor(5.5452, dtype=torch.float64)

x1d, x2d = x1.detach(), x2.detach()
# 对 x1：x2 是常数，幂法则给出 x2·x1^(x2-1)
print(torch.allclose(x1.grad, x2d * x1d ** (x2d - 1)))
#> True
# 对 x2：x1 是常数，把 x1^x2 写成 e^(x2·ln x1)，指数法则加链式法则给出 x1^x2·ln x1
print(torch.allclose(x2.grad, x1d**x2d * torch.log(x1d)))
#> True

# gradcheck 对两个自变量分别做数值差分
print(torch.autograd.gradcheck(torch.pow, (x1, x2)))
#> True
