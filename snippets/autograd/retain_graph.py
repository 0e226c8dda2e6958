import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x * x).sum()

# retain_graph=True 让计算图在这次 backward 之后保留下来
y.backward(retain_graph=True)
print(x.grad)
#> tensor([2., 4., 6.])

# 于是可以再反向传播一次；注意梯度加到了原来的梯度上
y.backward()
print(x.grad)
#> tensor([ 4.,  8., 12.])
