import torch

x = torch.tensor(1.5, requires_grad=True)
u = x**2
# u 是中间结果，默认不保留梯度；retain_grad() 让它也留下 dy/du
u.retain_grad()
y = torch.sin(u)
y.backward()

# dy/du = cos(u)
print(u.grad)
#> tensor(-0.6282)
print(torch.cos(u.detach()))
#> tensor(-0.6282)

# 再乘上 du/dx = 2x，就是 x.grad：autograd 正是这样一段一段往回乘的
print(u.grad * 2 * x.detach())
#> tensor(-1.8845)
print(x.grad)
#> tensor(-1.8845)
