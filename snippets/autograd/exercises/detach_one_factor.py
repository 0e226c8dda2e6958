import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 右边那个 x 被当成常数 u：d(u·x)/dx = u，数值上就是 x
z = (x * x.detach()).sum()
z.backward()
print(z.item(), x.grad)
#> 14.0 tensor([1., 2., 3.])

x.grad = None
# 两个因子都是变量：d(Σx²)/dx = 2x
w = (x * x).sum()
w.backward()
print(w.item(), x.grad)
#> 14.0 tensor([2., 4., 6.])
