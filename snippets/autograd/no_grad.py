import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

y = x * 2
print(y.requires_grad)
#> True

# 在 no_grad 里做的运算不记录进计算图
with torch.no_grad():
    print(torch.is_grad_enabled())
    #> False
    z = x * 2
print(z.requires_grad)
#> False
print(z.grad_fn)
#> None

# 离开 with 块后，记录恢复
print(torch.is_grad_enabled())
#> True
